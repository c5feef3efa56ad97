import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type Clients, failing, makerWithProducts, productInput, setUpStoreAndOrganiser } from "./domain-fixtures"
import { makerLogin, placeOrder } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

type Options = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    const makers: Record<string, { id: string; product: string; login: Options }> = {}
    let order: { id: string; items: { id: string; product_id: string }[] }

    beforeAll(async () => {
      const container = getContainer()
      c = await setUpStoreAndOrganiser(container, api)
      for (const [handle, piece, price] of [
        ["sari-malon", "tulis-asem-arang", 1_250_000],
        ["lawang-sewu", "cap-lawang-sewu", 275_000],
        ["tugu-muda", "kombinasi-tugu", 650_000],
      ] as const) {
        const m = await makerWithProducts(container, c.base, handle, [productInput(c.base, piece, price)])
        makers[handle] = { id: m.maker.id, product: m.products[piece], login: await makerLogin(api, container, m.maker.id, `${handle}@gelar.test`) }
      }
      const { data: variants } = await container.resolve("query").graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { product_id: Object.values(makers).map((m) => m.product) },
      })
      order = await placeOrder(
        api,
        c,
        (variants as { id: string; product_id: string }[]).map((v) => ({
          variant_id: v.id,
          quantity: v.product_id === makers["lawang-sewu"].product ? 2 : 1,
        }))
      )
    }, 300_000)

    /** The maker's order list once the order.placed subscriber has split the order. */
    async function ordersOf(handle: string) {
      for (let i = 0; i < 50; i++) {
        const res = await api.get("/makers/orders", makers[handle].login)
        if (res.data.orders.length) return res.data.orders
        await new Promise((r) => setTimeout(r, 100))
      }
      return []
    }

    it("a cart with three makers' pieces gives each maker exactly its own lines, total and the pickup details", async () => {
      for (const [handle, m] of Object.entries(makers)) {
        const orders = await ordersOf(handle)
        expect(orders).toHaveLength(1)
        const [part] = orders
        expect(part.items.map((i: { product_id: string }) => i.product_id)).toEqual([m.product])
        expect(part.status).toBe("new")
        expect(part.delivery).toBe("Ambil di booth pameran")
        expect(part.shipping_address).toMatchObject({ first_name: "Tamu", city: "Semarang" })
      }
      const [lawang] = await ordersOf("lawang-sewu")
      expect(lawang.total).toBe(550_000)
      expect(lawang.items[0].quantity).toBe(2)
    })

    it("a maker marks its part ready for pickup or shipped; the shopper's order page sees each maker's status", async () => {
      const [sari] = await ordersOf("sari-malon")
      const ready = await api.post(`/makers/orders/${sari.id}/status`, { status: "ready_for_pickup" }, makers["sari-malon"].login)
      expect(ready.data.order.status).toBe("ready_for_pickup")
      const [tugu] = await ordersOf("tugu-muda")
      const noTracking = await failing(api.post(`/makers/orders/${tugu.id}/status`, { status: "shipped" }, makers["tugu-muda"].login))
      expect(noTracking.status).toBe(400)
      expect(noTracking.data.message).toMatch(/tracking number/)
      await api.post(`/makers/orders/${tugu.id}/status`, { status: "shipped", tracking_number: "JNE123" }, makers["tugu-muda"].login)

      const status = await api.get(`/store/orders/${order.id}/maker-status`, c.store)
      const byMaker = Object.fromEntries(status.data.parts.map((p: { maker: { handle: string } }) => [p.maker.handle, p]))
      expect(byMaker["sari-malon"].status).toBe("ready_for_pickup")
      expect(byMaker["tugu-muda"]).toMatchObject({ status: "shipped", tracking_number: "JNE123" })
      expect(byMaker["lawang-sewu"].status).toBe("new")
      expect(JSON.stringify(status.data)).not.toMatch(/tamu@example.com|Semarang/)
    })

    it("another maker's order part is a 404 on every order route and stays as it was", async () => {
      const [sari] = await ordersOf("sari-malon")
      await api.post(`/makers/orders/${sari.id}/status`, { status: "ready_for_pickup" }, makers["sari-malon"].login)
      const other = makers["lawang-sewu"].login
      for (const request of [
        () => api.get(`/makers/orders/${sari.id}`, other),
        () => api.post(`/makers/orders/${sari.id}/status`, { status: "packed" }, other),
      ]) {
        const res = await failing(request())
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`Order ${sari.id} was not found`)
      }
      const still = await api.get(`/makers/orders/${sari.id}`, makers["sari-malon"].login)
      expect(still.data.order.status).toBe("ready_for_pickup")
      expect((await failing(api.get("/makers/orders?fields=*customer", other))).status).toBe(400)
    })
  },
})

