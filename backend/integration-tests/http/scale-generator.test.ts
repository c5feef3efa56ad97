import { batikmarkProblems } from "@gelar/shared"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

// The generator and the seed run the project's workflows, which Medusa require()s at boot: load them
// through Node's module cache too, or Medusa refuses the second copy vitest would load.
const load = createRequire(__filename)
const { generateScaleCatalogue } = load("../../src/scripts/scale/generate") as typeof import("../../src/scripts/scale/generate")
const { seedBase } = load("../../src/scripts/seed/base") as typeof import("../../src/scripts/seed/base")
const { createMakersWorkflow } = load("../../src/workflows/maker/create-makers") as typeof import("../../src/workflows/maker/create-makers")
const { createMakerProductsWorkflow } = load(
  "../../src/workflows/maker/create-maker-products"
) as typeof import("../../src/workflows/maker/create-maker-products")

const MAKERS = 6
const PRODUCTS = 60
const FIELDS = "handle,thumbnail,*images,*options,*maker,*batik_attributes,*variants.calculated_price,variants.inventory_quantity,variants.manage_inventory"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      const base = await seedBase(container)
      key = base.publishableKey
      regionId = base.regionId
      // One product made by the workflow, to hold the generated ones against.
      const { result: makers } = await createMakersWorkflow(container).run({
        input: {
          makers: [
            {
              handle: "batik-rujukan",
              name: "Batik Rujukan",
              size_class: "kecil",
              district: "Tugu",
              sentra: null,
              story_id: "Pembanding.",
              story_en: "Reference.",
              founded_year: 2010,
              people: [{ name: "Sri", role: "Pemilik / Owner", bio_id: "Pendiri.", bio_en: "Founder." }],
              email: "rujukan@gelar.test",
              phone: "+62 24 700 0000",
              whatsapp: "+62 812 700 0000",
              pickup_address: "Jl. Rujukan 1, Tugu, Semarang",
              logo_url: "http://localhost:9000/static/rujukan-logo.webp",
              photos: [],
              status: "approved",
            },
          ],
        },
      })
      await createMakerProductsWorkflow(container).run({
        input: {
          maker_id: makers[0].id,
          products: [
            {
              title: "Kemeja Batik Cap Rujukan",
              handle: "kemeja-batik-cap-rujukan",
              status: "published",
              shipping_profile_id: base.shippingProfileId,
              thumbnail: "http://localhost:9000/static/rujukan.webp",
              images: [{ url: "http://localhost:9000/static/rujukan.webp" }],
              options: [{ title: "Ukuran", values: ["M", "L"] }],
              variants: ["M", "L"].map((size) => ({
                title: size,
                sku: `RUJUKAN-${size}`,
                options: { Ukuran: size },
                manage_inventory: true,
                prices: [{ currency_code: "idr", amount: 250000 }],
              })),
              batik: {
                technique: "cap",
                dye_type: "synthetic",
                dyes: ["naphthol"],
                fabric: "Katun prima",
                form: "kemeja",
                motifs: ["Parang"],
                colours: ["merah"],
                production_days: 3,
                care_id: "Cuci tangan.",
                care_en: "Hand wash.",
              },
            },
          ],
        },
      })
      await generateScaleCatalogue(container, { makers: MAKERS, products: PRODUCTS })
    })

    const store = () => ({ headers: { "x-publishable-api-key": key } })

    it("loads the requested makers and products, each product with its maker and valid batik attributes", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: makers } = await query.graph({ entity: "maker", fields: ["id", "status", "products.id"] })
      expect(makers.filter((m: any) => m.id && m.status === "approved")).toHaveLength(MAKERS + 1)
      const res = await api.get(`/store/products?limit=100&region_id=${regionId}&fields=${FIELDS}`, store())
      expect(res.data.count).toBe(PRODUCTS + 1)
      for (const p of res.data.products) {
        expect(p.maker?.id, p.handle).toEqual(expect.any(String))
        expect(batikmarkProblems(p.batik_attributes), p.handle).toEqual([])
        expect(p.thumbnail, p.handle).toMatch(/\/static\/.*\.webp$/)
        for (const v of p.variants) {
          expect(v.calculated_price.currency_code).toBe("idr")
          // The workflow-made reference has no stock level; every generated variant has one.
          if (p.handle !== "kemeja-batik-cap-rujukan") expect(v.inventory_quantity, p.handle).toBeGreaterThan(0)
        }
      }
    })

    it("gives a generated product the same shape in the store API as a product made by the workflow", async () => {
      const shape = (value: any, prefix = ""): string[] => {
        if (value === null || value === undefined) return []
        if (Array.isArray(value)) return value.length ? shape(value[0], `${prefix}[]`) : []
        if (typeof value === "object") return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k))
        return [prefix]
      }
      const get = async (handle: string) =>
        (await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=${FIELDS}`, store())).data.products[0]
      const reference = await get("kemeja-batik-cap-rujukan")
      const all = await api.get(`/store/products?limit=100&fields=handle,batik_attributes.form,batik_attributes.batikmark_number`, store())
      // Compare like with like: a sized shirt without a Batikmark, as the reference is.
      const candidate = all.data.products.find(
        (p: any) => p.handle !== "kemeja-batik-cap-rujukan" && p.batik_attributes.form === "kemeja" && !p.batik_attributes.batikmark_number
      )
      expect(candidate).toBeDefined()
      const generated = await get(candidate.handle)
      const ignore = (path: string) => /metadata|description/.test(path)
      expect(shape(generated).filter((p) => !ignore(p)).sort()).toEqual(shape(reference).filter((p) => !ignore(p)).sort())
    })

    it("catches the search index up, so generated products are found", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["title", "handle"], pagination: { take: 1, skip: 30, order: { handle: "ASC" } } })
      const res = await api.post("/store/search", { entity: "product", filters: { q: data[0].title } }, store())
      expect(res.status).toBe(200)
      expect(res.data.results[0].hits.map((h: any) => h.document.handle)).toContain(data[0].handle)
    })

    it("refuses to load the catalogue a second time into the same database, writing nothing", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async () => (await query.graph({ entity: "product", fields: ["id"], pagination: { take: 1, skip: 0 } })).metadata!.count
      const before = await count()
      await expect(generateScaleCatalogue(getContainer(), { makers: MAKERS, products: PRODUCTS })).rejects.toThrow(
        /already loaded/
      )
      expect(await count()).toBe(before)
    })
  },
})
