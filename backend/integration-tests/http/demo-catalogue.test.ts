import { batikmarkProblems, BATIK_TECHNIQUES, exhibitionStatus } from "@gelar/shared"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

// The seed runs the project's workflows. Loaded through vitest they would be a second copy of the
// ones Medusa require()s at boot, and Medusa refuses a workflow id registered twice: share Node's cache.
const { seedAll } = createRequire(__filename)("../../src/scripts/seed") as typeof import("../../src/scripts/seed")

const COUNTED = [
  "maker",
  "product",
  "product_variant",
  "price",
  "inventory_item",
  "inventory_level",
  "batik_attributes",
  "exhibition",
  "exhibition_participant",
  "exhibition_featured_item",
] as const

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let firstRun: Awaited<ReturnType<typeof seedAll>>["demo"]

    beforeAll(async () => {
      const seeded = await seedAll(getContainer())
      key = seeded.base.publishableKey
      regionId = seeded.base.regionId
      firstRun = seeded.demo
    })

    const store = () => ({ headers: { "x-publishable-api-key": key } })
    const graph = async (entity: string, fields: string[], filters: Record<string, unknown> = {}) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields, filters })
      return data as any[]
    }

    it("has at least 12 approved makers of both size classes, several from the Malon centre", async () => {
      expect(firstRun.makers).toBeGreaterThanOrEqual(12)
      const makers = await graph("maker", ["handle", "size_class", "district", "sentra", "status", "logo_url", "people"])
      expect(makers.length).toBeGreaterThanOrEqual(12)
      expect(new Set(makers.map((m) => m.size_class))).toEqual(new Set(["kecil", "menengah"]))
      const malon = makers.filter((m) => m.sentra === "Sentra Batik Malon")
      expect(malon.length).toBeGreaterThanOrEqual(3)
      expect(malon.every((m) => m.district === "Gunungpati")).toBe(true)
      for (const maker of makers) {
        expect(maker.status).toBe("approved")
        expect(maker.logo_url).toMatch(/\/static\/.*\.webp$/)
        expect(maker.people.length).toBeGreaterThan(0)
      }
    })

    it("lists at least 80 products in the store, each with its maker, valid batik attributes and an IDR price", async () => {
      const products: any[] = []
      for (let offset = 0; ; offset += 50) {
        const res = await api.get(
          `/store/products?region_id=${regionId}&limit=50&offset=${offset}` +
            `&fields=handle,title,thumbnail,metadata,*maker,*batik_attributes,*variants.calculated_price`,
          store()
        )
        products.push(...res.data.products)
        if (products.length >= res.data.count) break
      }
      expect(products.length).toBeGreaterThanOrEqual(80)
      const techniques = new Set<string>()
      const forms = new Set<string>()
      for (const p of products) {
        expect(p.maker?.handle, p.handle).toEqual(expect.any(String))
        const batik = p.batik_attributes
        expect(batik, p.handle).toBeTruthy()
        expect(batikmarkProblems(batik), p.handle).toEqual([])
        expect(batik.motifs.length, p.handle).toBeGreaterThan(0)
        techniques.add(batik.technique)
        forms.add(batik.form)
        if (batik.technique === "printing") {
          expect(p.title, p.handle).toMatch(/Printing/)
        }
        expect(p.metadata.title_en, p.handle).toEqual(expect.any(String))
        expect(p.thumbnail, p.handle).toMatch(/\/static\/.*\.webp$/)
        for (const v of p.variants) {
          expect(v.calculated_price.currency_code).toBe("idr")
          expect(Number.isInteger(v.calculated_price.calculated_amount)).toBe(true)
          expect(v.calculated_price.calculated_amount).toBeGreaterThanOrEqual(25000)
        }
      }
      expect([...techniques].sort()).toEqual([...BATIK_TECHNIQUES].sort())
      expect(forms.size).toBeGreaterThanOrEqual(7)
      // Batikmark labels are gold for every certified tulis piece, never on printing.
      const tulis = products.filter((p) => p.batik_attributes.technique === "tulis" && p.batik_attributes.batikmark_number)
      expect(tulis.length).toBeGreaterThan(10)
      expect(tulis.every((p) => p.batik_attributes.batikmark_label === "gold")).toBe(true)
    })

    it("sells clothing in sizes and most hand-drawn pieces as one of a kind", async () => {
      const products = await graph("product", [
        "handle",
        "batik_attributes.technique",
        "batik_attributes.form",
        "variants.title",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
      ])
      const stockOf = (p: any) =>
        p.variants.reduce(
          (sum: number, v: any) =>
            sum +
            v.inventory_items.reduce(
              (s: number, i: any) =>
                s + i.inventory.location_levels.reduce((t: number, l: any) => t + l.stocked_quantity, 0),
              0
            ),
          0
        )
      const shirts = products.filter((p) => p.batik_attributes.form === "kemeja" && p.batik_attributes.technique === "cap")
      expect(shirts.length).toBeGreaterThan(3)
      for (const shirt of shirts) {
        expect(shirt.variants.map((v: any) => v.title)).toEqual(expect.arrayContaining(["M", "L", "XL"]))
      }
      const tulis = products.filter((p) => p.batik_attributes.technique === "tulis")
      const single = tulis.filter((p) => stockOf(p) === 1)
      expect(single.length / tulis.length).toBeGreaterThan(0.8)
      expect(products.every((p) => stockOf(p) > 0)).toBe(true)
    })

    it("shows the December 2026 exhibition with 16+ featured pieces in order and booths, and the closed 2025 one", async () => {
      const [current] = await graph(
        "exhibition",
        ["handle", "starts_at", "ends_at", "cover_image_url", "participants.booth_code", "participants.maker_id",
          "featured_items.position", "featured_items.note_id", "featured_items.note_en", "featured_items.product_id"],
        { handle: "gelar-batik-semarang-2026" }
      )
      expect(new Date(current.starts_at).toISOString()).toBe("2026-12-03T03:00:00.000Z")
      expect(new Date(current.ends_at).toISOString()).toBe("2026-12-07T14:00:00.000Z")
      expect(exhibitionStatus(current, new Date("2026-12-05T05:00:00Z"))).toBe("live")
      expect(current.cover_image_url).toMatch(/\/static\/.*\.webp$/)
      const positions = current.featured_items.map((f: any) => f.position).sort((a: number, b: number) => a - b)
      expect(positions.length).toBeGreaterThanOrEqual(16)
      expect(positions).toEqual(positions.map((_: number, i: number) => i + 1))
      expect(current.featured_items.every((f: any) => f.note_id && f.note_en)).toBe(true)
      expect(current.participants.length).toBeGreaterThanOrEqual(12)
      expect(new Set(current.participants.map((p: any) => p.booth_code)).size).toBe(current.participants.length)
      const first = current.featured_items.find((f: any) => f.position === 1)
      const [firstProduct] = await graph("product", ["handle"], { id: first.product_id })
      expect(firstProduct.handle).toBe("kain-panjang-batik-tulis-asem-arang-indigo")

      const [past] = await graph("exhibition", ["starts_at", "ends_at", "featured_items.id"], {
        handle: "gelar-batik-semarang-2025",
      })
      expect(exhibitionStatus(past, new Date("2026-12-05T05:00:00Z"))).toBe("closed")
      expect(past.featured_items.length).toBeGreaterThan(0)
    })

    it("serves the generated pictures from the backend as small WebP files", async () => {
      const [product] = await graph("product", ["thumbnail"], { handle: "kemeja-batik-cap-warak-ngendog-toska" })
      const [maker] = await graph("maker", ["logo_url"], { handle: "batik-sekar-malon" })
      for (const url of [product.thumbnail, maker.logo_url]) {
        const res = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
        expect(res.status).toBe(200)
        const bytes = Buffer.from(res.data)
        expect(bytes.subarray(8, 12).toString("ascii")).toBe("WEBP")
        expect(bytes.length).toBeLessThan(80 * 1024)
      }
    })

    it("adds nothing when the seed runs a second time", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async () => {
        const counts: Record<string, number> = {}
        for (const entity of COUNTED) {
          const { metadata } = await query.graph({ entity, fields: ["id"], pagination: { take: 1, skip: 0 } })
          counts[entity] = metadata!.count
        }
        return counts
      }
      const before = await count()
      const { demo } = await seedAll(getContainer())
      expect(demo).toEqual({ makers: 0, products: 0, exhibitions: 0, participants: 0, featured: 0 })
      expect(await count()).toEqual(before)
      expect(before.batik_attributes).toBe(before.product)
    })
  },
})
