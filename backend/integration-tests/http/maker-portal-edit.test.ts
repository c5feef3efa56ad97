import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { TULIS, eventually, failing } from "./domain-fixtures"
import { twoMakers } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

type Size = { id: string; title: string; prices: { amount: number; currency_code: string }[]; stock: { stocked_quantity: number } | null }
type Product = { id: string; handle: string; variants: Size[]; batik_attributes: { technique: string } | null }

/** Cap batik keeps to the Batikmark rules as the white label's technique. */
const CAP = { ...TULIS, technique: "cap", batikmark_number: "BM-2023-00412", batikmark_label: "white", dye_type: "synthetic", dyes: ["naphthol"] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let m: Awaited<ReturnType<typeof twoMakers>>

    beforeAll(async () => {
      m = await twoMakers(api, getContainer())
    })

    /** A published piece of Sari's made in the portal, one piece per size at Rp 1.250.000. */
    const piece = async (handle: string, sizes: string[]): Promise<Product> =>
      (
        await api.post(
          "/makers/products",
          {
            title: `Kain ${handle}`,
            handle,
            status: "published",
            variants: sizes.map((title) => ({ title, price: 1_250_000, stock: 1 })),
            batik: TULIS,
          },
          m.asSari
        )
      ).data.product
    const read = async (p: Product): Promise<Product> => (await api.get(`/makers/products/${p.id}`, m.asSari)).data.product
    const edit = (p: Product, body: object, as = m.asSari) => api.post(`/makers/products/${p.id}`, body, as)
    const sizesOf = (p: Product) => p.variants.map((v) => [v.title, v.prices.find((x) => x.currency_code === "idr")?.amount, v.stock?.stocked_quantity])
    const keep = (p: Product) => p.variants.map((v) => ({ id: v.id, title: v.title, price: v.prices[0].amount }))
    /**
     * The piece's options as Medusa keeps them: each size's option values (sorted by size), the values the
     * piece offers, and the option's own value list.
     */
    const optionsOf = async (p: Product) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["options.id", "options.title", "options.values.value", "variants.title", "variants.options.value", "variants.options.option.title"],
        filters: { id: p.id },
      })
      const product = data[0] as unknown as {
        options: { id: string; title: string; values: { value: string }[] }[]
        variants: { title: string; options: { value: string; option: { title: string } }[] }[]
      }
      const { data: options } = await query.graph({
        entity: "product_option",
        fields: ["values.value"],
        filters: { id: product.options.map((o) => o.id) },
      })
      const sorted = (values: { value: string }[]) => values.map((v) => v.value).sort()
      return {
        sizes: product.variants
          .map((v) => [v.title, v.options.map((o) => `${o.option.title}: ${o.value}`)])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
        offered: product.options.map((o) => [o.title, sorted(o.values)]),
        option_values: (options as unknown as { values: { value: string }[] }[]).map((o) => sorted(o.values)),
      }
    }

    it("a changed technique and price show in the store and in search", async () => {
      const p = await piece("tulis-edit-harga", ["All size"])
      const res = await edit(p, { batik: CAP, variants: [{ id: p.variants[0].id, title: "All size", price: 1_500_000 }] })
      expect(res.status).toBe(200)
      expect(res.data.product.batik_attributes).toMatchObject({ technique: "cap" })
      expect(sizesOf(res.data.product)).toEqual([["All size", 1_500_000, 1]])

      const store = await api.get(
        `/store/products?handle=tulis-edit-harga&region_id=${m.c.base.regionId}&fields=*variants.calculated_price,*batik_attributes`,
        m.c.store
      )
      expect(store.data.products[0].variants[0].calculated_price.calculated_amount).toBe(1_500_000)
      expect(store.data.products[0].batik_attributes.technique).toBe("cap")

      const search = async () =>
        (
          await api.post("/store/search", { entity: "product", fields: ["handle", "price", "technique"], filters: { q: "tulis-edit-harga" } }, m.c.store)
        ).data.results[0].hits.find((h: { document: { handle: string } }) => h.document.handle === "tulis-edit-harga")?.document
      await eventually(async () => expect(await search()).toMatchObject({ price: 1_500_000, technique: "cap" }), 15_000)
    })

    it("adds a size with its price and stock, then removes one", async () => {
      const p = await piece("kemeja-edit-ukuran", ["M"])
      const added = await edit(p, { variants: [...keep(p), { title: "L", price: 1_400_000, stock: 3 }, { title: "XL", price: 1_450_000 }] })
      expect(sizesOf(added.data.product)).toEqual(
        expect.arrayContaining([
          ["M", 1_250_000, 1],
          ["L", 1_400_000, 3],
          ["XL", 1_450_000, 1],
        ])
      )
      expect(added.data.product.variants).toHaveLength(3)
      expect(await optionsOf(p)).toEqual({
        sizes: [
          ["L", ["Ukuran: L"]],
          ["M", ["Ukuran: M"]],
          ["XL", ["Ukuran: XL"]],
        ],
        offered: [["Ukuran", ["L", "M", "XL"]]],
        option_values: [["L", "M", "XL"]],
      })
      // The store hands out each size's rank, so the shop can list them as the maker did.
      const store = await api.get("/store/products?handle=kemeja-edit-ukuran&fields=variants.title,variants.variant_rank", m.c.store)
      expect(store.data.products[0].variants.map((v: { title: string; variant_rank: number }) => [v.title, v.variant_rank])).toEqual(
        expect.arrayContaining([["M", 0], ["L", 1], ["XL", 2]])
      )
      const more = await edit(p, { variants: [...keep(added.data.product), { title: "XXL", price: 1_500_000, stock: 0 }] })
      expect(sizesOf(more.data.product)).toContainEqual(["XXL", 1_500_000, 0])
      expect((await optionsOf(p)).sizes).toContainEqual(["XXL", ["Ukuran: XXL"]])

      const m2 = (added.data.product as Product).variants.find((v) => v.title === "M")!
      const removed = await edit(p, { variants: [{ id: m2.id, title: "M (lebar)", price: 1_250_000 }] })
      expect(sizesOf(removed.data.product)).toEqual([["M (lebar)", 1_250_000, 1]])
      expect(await optionsOf(p)).toEqual({
        sizes: [["M (lebar)", ["Ukuran: M (lebar)"]]],
        offered: [["Ukuran", ["M (lebar)"]]],
        option_values: [["M (lebar)"]],
      })
    })

    it("a renamed size's variant takes its new name as its Ukuran value, even when two sizes swap names", async () => {
      const p = await piece("kemeja-ganti-nama", ["M", "L"])
      const [m, l] = p.variants
      const renamed = await edit(p, {
        variants: [
          { id: m.id, title: "M (pas)", price: 1_250_000 },
          { id: l.id, title: "L", price: 1_250_000 },
        ],
      })
      expect(renamed.status).toBe(200)
      expect(await optionsOf(p)).toEqual({
        sizes: [
          ["L", ["Ukuran: L"]],
          ["M (pas)", ["Ukuran: M (pas)"]],
        ],
        offered: [["Ukuran", ["L", "M (pas)"]]],
        option_values: [["L", "M (pas)"]],
      })

      const swapped = await edit(p, {
        variants: [
          { id: m.id, title: "L", price: 1_250_000 },
          { id: l.id, title: "M (pas)", price: 1_250_000 },
        ],
      })
      expect(swapped.status).toBe(200)
      expect((swapped.data.product as Product).variants.map((v) => [v.id, v.title])).toEqual([
        [m.id, "L"],
        [l.id, "M (pas)"],
      ])
      expect((await optionsOf(p)).sizes).toEqual([
        ["L", ["Ukuran: L"]],
        ["M (pas)", ["Ukuran: M (pas)"]],
      ])
    })

    it("refuses removing the last size with a 400 and keeps it", async () => {
      const p = await piece("selendang-satu-ukuran", ["All size"])
      const res = await failing(edit(p, { variants: [] }))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/at least one size/)
      expect(sizesOf(await read(p))).toEqual([["All size", 1_250_000, 1]])
    })

    it("another maker's size is a 404 and nothing changes", async () => {
      const p = await piece("kain-milik-sari", ["All size"])
      const theirs = (await api.get(`/makers/products/${m.other.products["cap-kawung"]}`, m.asOther)).data.product as Product
      const res = await failing(
        edit(p, { title: "Diubah", batik: CAP, variants: [{ id: theirs.variants[0].id, title: "Dicuri", price: 2_000_000 }] })
      )
      expect(res.status).toBe(404)
      expect(res.data.message).toContain(theirs.variants[0].id)
      const after = await read(p)
      expect([sizesOf(after), after.batik_attributes?.technique]).toEqual([[["All size", 1_250_000, 1]], "tulis"])
      const theirsAfter = (await api.get(`/makers/products/${theirs.id}`, m.asOther)).data.product as Product
      expect(sizesOf(theirsAfter)).toEqual(sizesOf(theirs))
    })

    it("a bad price is a 400 naming the field", async () => {
      const p = await piece("kain-harga-salah", ["All size"])
      const res = await failing(edit(p, { variants: [{ id: p.variants[0].id, title: "All size", price: 500 }] }))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/variants, 0, price/)
      expect(sizesOf(await read(p))).toEqual([["All size", 1_250_000, 1]])
    })
  },
})
