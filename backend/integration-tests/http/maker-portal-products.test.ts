import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type Clients, TULIS, failing, type makerWithProducts } from "./domain-fixtures"
import { twoMakers } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

const NEW_TULIS = {
  title: "Kain Tulis Warak Ngendog",
  handle: "tulis-warak-ngendog",
  variants: [{ title: "All size", price: 1_750_000 }],
  batik: { ...TULIS, motifs: ["Warak Ngendog"] },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let sari: Awaited<ReturnType<typeof makerWithProducts>>
    let other: Awaited<ReturnType<typeof makerWithProducts>>
    let asSari: { headers: Record<string, string> }
    let asOther: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ c, sari, other, asSari, asOther } = await twoMakers(api, getContainer()))
    })

    it("a maker creates a tulis draft, publishes it and it is sold in the store; its list holds only its own pieces", async () => {
      const created = await api.post("/makers/products", NEW_TULIS, asSari)
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product).toMatchObject({ handle: "tulis-warak-ngendog", status: "draft" })
      expect(product.variants[0].prices[0]).toMatchObject({ amount: 1_750_000, currency_code: "idr" })
      expect(product.batik_attributes).toMatchObject({ technique: "tulis", batikmark_label: "gold" })

      const hidden = await api.get("/store/products?handle=tulis-warak-ngendog", c.store)
      expect(hidden.data.products).toHaveLength(0)
      const published = await api.post(`/makers/products/${product.id}`, { status: "published" }, asSari)
      expect(published.data.product.status).toBe("published")
      const inStore = await api.get("/store/products?handle=tulis-warak-ngendog&fields=id,*maker", c.store)
      expect(inStore.data.products[0].maker.handle).toBe("sari-malon")

      const mine = await api.get("/makers/products", asSari)
      expect(mine.data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(["cap-parang", "tulis-warak-ngendog"])
      const theirs = await api.get("/makers/products", asOther)
      expect(theirs.data.products.map((p: { handle: string }) => p.handle)).toEqual(["cap-kawung"])
    })

    it("every product route answers 404 for another maker's product and changes nothing", async () => {
      const id = sari.products["cap-parang"]
      for (const request of [
        () => api.get(`/makers/products/${id}`, asOther),
        () => api.post(`/makers/products/${id}`, { title: "Dicuri", status: "draft" }, asOther),
        () => api.delete(`/makers/products/${id}`, asOther),
      ]) {
        const res = await failing(request())
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`Product ${id} was not found`)
      }
      const still = await api.get(`/makers/products/${id}`, asSari)
      expect(still.data.product).toMatchObject({ title: "Kain cap-parang", status: "published" })
    })

    it("fields and expansion cannot reach beyond the maker's own fixed fields", async () => {
      const list = await failing(api.get("/makers/products?fields=*maker,*maker.users", asSari))
      expect(list.status).toBe(400)
      const one = await api.get(`/makers/products/${sari.products["cap-parang"]}?fields=*maker,*variants.inventory_items`, asSari)
      expect(Object.keys(one.data.product)).not.toContain("maker")
      const me = await api.get("/makers/me?fields=*users", asSari)
      expect(Object.keys(me.data.maker)).not.toContain("users")
    })

    it("refuses broken batik rules and bad prices with a message, creating nothing", async () => {
      const wrongLabel = await failing(
        api.post("/makers/products", { ...NEW_TULIS, handle: "salah-label", batik: { ...TULIS, batikmark_label: "white" } }, asSari)
      )
      expect(wrongLabel.status).toBe(400)
      const cheap = await failing(
        api.post("/makers/products", { ...NEW_TULIS, handle: "murah", variants: [{ title: "All size", price: 10.5 }] }, asSari)
      )
      expect(cheap.status).toBe(400)
      expect(cheap.data.message).toMatch(/variants, 0, price/)
      const mine = await api.get("/makers/products", asSari)
      expect(mine.data.products.map((p: { handle: string }) => p.handle)).not.toContain("salah-label")
    })

    it("a maker deletes its own piece", async () => {
      const res = await api.delete(`/makers/products/${sari.products["cap-parang"]}`, asSari)
      expect(res.data).toMatchObject({ deleted: true })
      expect((await failing(api.get(`/makers/products/${sari.products["cap-parang"]}`, asSari))).status).toBe(404)
    })
  },
})
