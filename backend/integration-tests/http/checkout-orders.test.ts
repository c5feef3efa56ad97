import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { DEMO_ADMIN } from "../../src/lib/constants"
import { failing } from "./domain-fixtures"

const { seedAll } = createRequire(__filename)("../../src/scripts/seed") as typeof import("../../src/scripts/seed")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let admin: { headers: Record<string, string> }
    let order: { id: string; display_id: number }
    const store = () => ({ headers: { "x-publishable-api-key": key } })
    const EMAIL = "Tamu.Pameran@example.com"

    beforeAll(async () => {
      const { base } = await seedAll(getContainer())
      key = base.publishableKey
      regionId = base.regionId
      const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "manage_inventory", "inventory_items.inventory.location_levels.stocked_quantity"],
      })
      const variant = (data as any[]).find(
        (v) => v.manage_inventory && v.inventory_items?.[0]?.inventory?.location_levels?.[0]?.stocked_quantity >= 1
      )
      const cart = (await api.post("/store/carts", { region_id: regionId, email: EMAIL }, store())).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, store())
      await api.post(`/store/carts/${cart.id}`, { shipping_address: { country_code: "id" } }, store())
      const options = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, store())).data.shipping_options
      const pickup = options.find((o: any) => o.name === "Ambil di booth pameran")
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id }, store())
      const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, store())).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
      order = (await api.post(`/store/carts/${cart.id}/complete`, {}, store())).data.order
    }, 600_000)

    it("finds a guest's order by email (any case) and order number", async () => {
      const res = await api.get(
        `/store/order-lookup?email=${encodeURIComponent(EMAIL.toLowerCase())}&display_id=${order.display_id}`,
        store()
      )
      expect(res.status).toBe(200)
      expect(res.data.order.id).toBe(order.id)
      expect(res.data.order.items).toHaveLength(1)
      expect(res.data.order.shipping_methods[0].name).toBe("Ambil di booth pameran")
    })

    it("reveals nothing when the email or the order number is wrong: the same 404 for both", async () => {
      const wrongEmail = await failing(
        api.get(`/store/order-lookup?email=orang.lain@example.com&display_id=${order.display_id}`, store())
      )
      const wrongNumber = await failing(
        api.get(`/store/order-lookup?email=${encodeURIComponent(EMAIL)}&display_id=${order.display_id + 1000}`, store())
      )
      expect(wrongEmail.status).toBe(404)
      expect(wrongNumber.status).toBe(404)
      expect(wrongEmail.data.message).toBe(wrongNumber.data.message)
      expect(JSON.stringify(wrongEmail.data)).not.toContain(order.id)
      const malformed = await failing(api.get(`/store/order-lookup?email=nope&display_id=abc`, store()))
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toMatch(/email/i)
    })

    it("lets the organiser mark a bank-transfer order paid once", async () => {
      const res = await api.post(`/admin/orders/${order.id}/mark-paid`, {}, admin)
      expect(res.status).toBe(200)
      expect(res.data.order.payment_collections[0].status).toBe("completed")
      const again = await failing(api.post(`/admin/orders/${order.id}/mark-paid`, {}, admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toContain(`#${order.display_id} is already marked paid`)
      const unknown = await failing(api.post(`/admin/orders/order_nope/mark-paid`, {}, admin))
      expect(unknown.status).toBe(404)
      const anonymous = await failing(api.post(`/admin/orders/${order.id}/mark-paid`, {}))
      expect(anonymous.status).toBe(401)
    })

    it("throttles customer login: the sixth attempt in a minute for one email gets 429 with Retry-After", async () => {
      const attempt = (email: string) =>
        api.post("/auth/customer/emailpass", { email, password: "salah-sandi" }).then(
          (r: any) => r,
          (e: any) => e.response
        )
      for (let i = 0; i < 5; i++) {
        expect((await attempt("coba@example.com")).status).toBe(401)
      }
      const sixth = await attempt("Coba@example.com")
      expect(sixth.status).toBe(429)
      expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(0)
      expect(sixth.data.message).toMatch(/Try again in \d+ seconds/)
      // Another email from the same address is not held back.
      expect((await attempt("lain@example.com")).status).toBe(401)
    })

    it("holds an account's login to 20 tries in 15 minutes even when each try names a new address", async () => {
      const attempt = (n: number, email = "rotasi@example.com") =>
        api
          .post("/auth/customer/emailpass", { email, password: `tebakan-${n}` }, { headers: { "x-forwarded-for": `203.0.113.${n}` } })
          .then(
            (r: any) => r,
            (e: any) => e.response
          )
      for (let n = 1; n <= 20; n++) {
        expect((await attempt(n)).status).toBe(401)
      }
      const next = await attempt(21)
      expect(next.status).toBe(429)
      expect(Number(next.headers["retry-after"])).toBeGreaterThan(60)
      expect((await attempt(22, "pemilik-lain@example.com")).status).toBe(401)
    })
  },
})
