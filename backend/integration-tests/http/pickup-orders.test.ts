import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type Clients, eventually, failing, makerWithProducts, productInput, setUpStoreAndOrganiser } from "./domain-fixtures"
import { placeOrder } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 90_000 })

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let exhibitionId: string
    const variant: Record<string, string> = {}
    const orders: Record<string, { id: string; display_id?: number }> = {}

    beforeAll(async () => {
      const container = getContainer()
      c = await setUpStoreAndOrganiser(container, api)
      const makers: Record<string, string> = {}
      for (const [handle, piece] of [["sari-malon", "tulis-sari"], ["tugu-muda", "cap-tugu"]] as const) {
        const m = await makerWithProducts(container, c.base, handle, [productInput(c.base, piece, 500_000)])
        makers[handle] = m.maker.id
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_variant",
          fields: ["id"],
          filters: { product_id: m.products[piece] },
        })
        variant[handle] = data[0].id
      }
      // Live now, so `current` finds it.
      const created = await api.post(
        "/admin/exhibitions",
        {
          handle: "gelar-pickup",
          title_id: "Gelar Batik",
          title_en: "Gelar Batik",
          venue: "Balai Kota Semarang",
          starts_at: new Date(Date.now() - DAY).toISOString(),
          ends_at: new Date(Date.now() + 10 * DAY).toISOString(),
        },
        c.admin
      )
      exhibitionId = created.data.exhibition.id
      await api.post(`/admin/exhibitions/${exhibitionId}/participants`, { maker_id: makers["sari-malon"], booth_code: "A-01" }, c.admin)
      await api.post(`/admin/exhibitions/${exhibitionId}/participants`, { maker_id: makers["tugu-muda"], booth_code: "B-02" }, c.admin)
      const line = (handle: string) => ({ variant_id: variant[handle], quantity: 1 })
      orders.both = await placeOrder(api, c, [line("sari-malon"), line("tugu-muda")], "dua@example.com")
      orders.sari = await placeOrder(api, c, [line("sari-malon")], "satu@example.com")
      orders.courier = await placeOrder(api, c, [line("sari-malon")], "kurir@example.com", "Kurir ke alamat")
    }, 300_000)

    /** The list once the order.placed subscriber has split the three orders per maker. */
    async function pickupList(query = "") {
      return eventually(async () => {
        const res = await api.get(`/admin/pickup-orders${query}`, c.admin)
        expect(res.data.count).toBe(3) // both (at two booths) + sari's
        return res.data
      }, 30_000)
    }

    it("lists the exhibition's pickup orders grouped by booth, each with only that maker's lines; courier orders are left out", async () => {
      const data = await pickupList()
      expect(data.exhibition.id).toBe(exhibitionId)
      expect(data.booths.map((b: any) => [b.booth_code, b.maker.name])).toEqual([
        ["A-01", "Batik sari-malon"],
        ["B-02", "Batik tugu-muda"],
      ])
      const [a01, b02] = data.booths
      expect(a01.orders.map((o: any) => o.id).sort()).toEqual([orders.both.id, orders.sari.id].sort())
      expect(b02.orders.map((o: any) => o.id)).toEqual([orders.both.id])
      const both = a01.orders.find((o: any) => o.id === orders.both.id)
      expect(both.items.map((i: any) => i.title)).toEqual(["Kain tulis-sari"])
      expect(b02.orders[0].items.map((i: any) => i.title)).toEqual(["Kain cap-tugu"])
      expect(both.shopper).toEqual({ name: "Tamu Pameran", email: "dua@example.com" })
      expect(both).toMatchObject({ payment_status: "authorized", maker_status: "new" })
      expect(typeof both.display_id).toBe("number")
      expect(JSON.stringify(data)).not.toContain(orders.courier.id)
      // The same by its id.
      const byId = await api.get(`/admin/pickup-orders?exhibition=${exhibitionId}`, c.admin)
      expect(byId.data.booths).toEqual(data.booths)
    })

    it("shows a bank transfer marked paid as completed", async () => {
      await pickupList()
      await api.post(`/admin/orders/${orders.sari.id}/mark-paid`, {}, c.admin)
      const data = await pickupList()
      const sari = data.booths[0].orders.find((o: any) => o.id === orders.sari.id)
      expect(sari.payment_status).toBe("completed")
    })

    it("answers 401 without an organiser login and 404 naming an unknown exhibition", async () => {
      expect((await failing(api.get("/admin/pickup-orders"))).status).toBe(401)
      expect((await failing(api.get("/admin/pickup-orders", c.store))).status).toBe(401)
      const unknown = await failing(api.get("/admin/pickup-orders?exhibition=exh_nope", c.admin))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe('Exhibition "exh_nope" was not found')
      const bad = await failing(api.get("/admin/pickup-orders?exhibition=", c.admin))
      expect(bad.status).toBe(400)
    })
  },
})
