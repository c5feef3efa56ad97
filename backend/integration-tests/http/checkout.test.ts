import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { failing } from "./domain-fixtures"

const { seedAll } = createRequire(__filename)("../../src/scripts/seed") as typeof import("../../src/scripts/seed")


type Piece = { variantId: string; title: string; inventoryItemId: string; levelId: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let pieces: Piece[]
    const store = () => ({ headers: { "x-publishable-api-key": key } })

    beforeAll(async () => {
      const { base } = await seedAll(getContainer())
      key = base.publishableKey
      regionId = base.regionId
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "manage_inventory",
          "product.title",
          "inventory_items.inventory.id",
          "inventory_items.inventory.location_levels.id",
          "inventory_items.inventory.location_levels.stocked_quantity",
        ],
      })
      // Pieces of the demo catalogue with exactly one in stock: the one-of-a-kind tulis cloths.
      pieces = (data as any[])
        .filter((v) => v.manage_inventory)
        .map((v) => {
          const inv = v.inventory_items?.[0]?.inventory
          const level = inv?.location_levels?.[0]
          return level?.stocked_quantity === 1
            ? { variantId: v.id, title: v.product.title, inventoryItemId: inv.id, levelId: level.id }
            : null
        })
        .filter(Boolean) as Piece[]
      expect(pieces.length).toBeGreaterThanOrEqual(4)
      // The demo catalogue with its pictures: minutes when the shared cores are busy.
    }, 480_000)

    const ADDRESS = {
      first_name: "Sri",
      last_name: "Wahyuni",
      address_1: "Jl. Pemuda No. 12",
      city: "Kota Semarang",
      province: "Jawa Tengah",
      postal_code: "50132",
      phone: "081234567890",
      country_code: "id",
      metadata: { district: "Semarang Tengah" },
    }

    /** A cart with the variant, the booth pickup option and a bank-transfer payment session. */
    async function readyCart(variantId: string, email = "pembeli@example.com") {
      const cart = (await api.post("/store/carts", { region_id: regionId, email }, store())).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store())
      await api.post(`/store/carts/${cart.id}`, { shipping_address: { country_code: "id" } }, store())
      const options = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, store())).data.shipping_options
      const pickup = options.find((o: any) => o.name === "Ambil di booth pameran")
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id }, store())
      const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, store())).data.payment_collection
      await api.post(
        `/store/payment-collections/${pc.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store()
      )
      return cart.id as string
    }

    async function reservedQuantity(inventoryItemId: string) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
      return reservations.reduce((sum, r) => sum + Number(r.quantity), 0)
    }

    /** The completions of these carts that have not finished: none may be left once every request answered. */
    async function unfinishedCompletions(cartIds: string[]) {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = await pg("workflow_execution")
        .where({ workflow_id: "complete-cart" })
        .whereNotIn("state", ["done", "reverted", "failed"])
        .select("transaction_id", "state", "context")
      return rows.filter((r: any) => cartIds.includes(r.context?.data?.payload?.id))
    }

    it("sells the last piece raced by 20 concurrent completions once; the 19 others are told it sold out", async () => {
      const piece = pieces[0]
      const carts: string[] = []
      for (let batch = 0; batch < 4; batch++) {
        carts.push(
          ...(await Promise.all(
            Array.from({ length: 5 }, (_, i) => readyCart(piece.variantId, `racer${batch * 5 + i}@example.com`))
          ))
        )
      }
      const results = await Promise.all(
        carts.map((id) =>
          // A completion that never answers fails the test here instead of stalling the run.
          api.post(`/store/carts/${id}/complete`, {}, { ...store(), timeout: 90_000 }).then(
            (r: any) => ({ status: r.status, data: r.data }),
            (e: any) => ({ status: e.response?.status ?? e.code, data: e.response?.data })
          )
        )
      )
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      expect(orders).toHaveLength(1)
      const refused = results.filter((r) => r !== orders[0])
      expect(refused.map((r) => r.status)).toEqual(Array(19).fill(400))
      for (const r of refused) {
        expect(r.data.message).toBe(
          `"${piece.title}" is sold out: another shopper bought the last one. Remove it from your cart to continue.`
        )
      }
      expect(await reservedQuantity(piece.inventoryItemId)).toBe(1)
      // Nothing half-done behind the refusals: one order for the 20 carts, one completed cart, no completion left open.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: carts } })
      expect(links.map((l: any) => l.order_id)).toEqual([orders[0].data.order.id])
      const { data: cartRows } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: carts } })
      expect(cartRows.filter((c: any) => c.completed_at)).toHaveLength(1)
      const open = await unfinishedCompletions(carts)
      if (open.length) {
        // The runner's afterEach waits for every execution: fail this test, not the whole run.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg("workflow_execution").whereIn("transaction_id", open.map((r: any) => r.transaction_id)).update({ state: "failed" })
      }
      expect(open.map((r: any) => r.state)).toEqual([])
      // The losers keep their carts: asked again, they hear the same thing.
      const loser = carts[results.indexOf(refused[0])]
      const again = await failing(api.post(`/store/carts/${loser}/complete`, {}, store()))
      expect(again.status).toBe(400)
      expect(again.data.message).toContain(`"${piece.title}" is sold out`)
    }, 300_000)

    it("gives one order id when the same cart is completed 10 times at once", async () => {
      const cartId = await readyCart(pieces[1].variantId)
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.post(`/store/carts/${cartId}/complete`, {}, store()).then(
            (r: any) => ({ status: r.status, data: r.data }),
            (e: any) => ({ status: e.response?.status, data: e.response?.data })
          )
        )
      )
      const ids = new Set(results.filter((r) => r.status === 200).map((r) => r.data.order?.id))
      expect(ids.size).toBe(1)
      for (const r of results.filter((r) => r.status !== 200)) {
        // A request that arrives while another completes the cart is told to retry, and the retry finds the order.
        expect(r.status).toBe(409)
      }
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(again.data.order.id).toBe([...ids][0])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(data).toHaveLength(1)
      expect(await reservedQuantity(pieces[1].inventoryItemId)).toBe(1)
    })

    /** A cart holding one piece with a full address, and a check that it is still exactly so. */
    async function cartWithAddress(piece: Piece) {
      const cart = (await api.post("/store/carts", { region_id: regionId }, store())).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: piece.variantId, quantity: 1 }, store())
      await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS }, store())
      const read = async () =>
        (await api.get(`/store/carts/${cart.id}?fields=*items,*shipping_address`, store())).data.cart
      const before = await read()
      return {
        id: cart.id as string,
        unchanged: async () => {
          const now = await read()
          expect(now.items.map((i: any) => [i.variant_id, i.quantity])).toEqual(
            before.items.map((i: any) => [i.variant_id, i.quantity])
          )
          expect(now.shipping_address.postal_code).toBe("50132")
          expect(now.shipping_address.phone).toBe("081234567890")
          expect(now.shipping_address.country_code).toBe("id")
        },
      }
    }

    it("refuses more than the stock with a 400 naming the piece and how many are left; the cart stays as it was", async () => {
      const cart = await cartWithAddress(pieces[2])
      const res = await failing(
        api.post(`/store/carts/${cart.id}/line-items`, { variant_id: pieces[2].variantId, quantity: 2 }, store())
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(`Only 1 of "${pieces[2].title}" left: you asked for 3.`) // 1 in the cart + 2
      await cart.unchanged()
    })

    it("refuses a new cart whose first piece is more than the stock, naming it, and makes no cart", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const carts = async () => (await query.graph({ entity: "cart", fields: ["id"] })).data.length
      const before = await carts()
      const res = await failing(
        api.post("/store/carts", { region_id: regionId, items: [{ variant_id: pieces[2].variantId, quantity: 2 }] }, store())
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(`Only 1 of "${pieces[2].title}" left: you asked for 2.`)
      expect(await carts()).toBe(before)
    })

    it("refuses a negative quantity with a 400 naming the field; the cart stays as it was", async () => {
      const cart = await cartWithAddress(pieces[2])
      const res = await failing(
        api.post(`/store/carts/${cart.id}/line-items`, { variant_id: pieces[3].variantId, quantity: -1 }, store())
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/quantity/)
      await cart.unchanged()
    })

    it("refuses a malformed Indonesian address with a 400 naming postal code and phone; the cart stays as it was", async () => {
      const cart = await cartWithAddress(pieces[2])
      const res = await failing(
        api.post(`/store/carts/${cart.id}`, { shipping_address: { ...ADDRESS, postal_code: "5013", phone: "12ab" } }, store())
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("Postal code (kode pos) must be 5 digits")
      expect(res.data.message).toContain("shipping_address.postal_code")
      expect(res.data.message).toContain("shipping_address.phone")
      const abroad = await failing(
        api.post(`/store/carts/${cart.id}`, { shipping_address: { ...ADDRESS, country_code: "my" } }, store())
      )
      expect(abroad.status).toBe(400)
      expect(abroad.data.message).toContain("shipping_address.country_code")
      await cart.unchanged()
    })
  },
})
