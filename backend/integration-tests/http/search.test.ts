import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { createRequire } from "node:module"
import { eventually } from "./domain-fixtures"
import type { BaseSeedResult } from "../../src/scripts/seed/base"
import { DEMO_ADMIN } from "../../src/lib/constants"
import { MAKER_MODULE } from "../../src/modules/maker"
import { BATIK_MODULE } from "../../src/modules/batik"
import type MakerModuleService from "../../src/modules/maker/service"
import type BatikModuleService from "../../src/modules/batik/service"
import searchFeaturingJob from "../../src/jobs/search-featuring"
import { staleFeaturedProductIds } from "../../src/lib/search/product-events"

type Batik = {
  technique: "tulis" | "cap" | "kombinasi" | "printing"
  motifs: string[]
  dye_type: "natural" | "synthetic"
  dyes: string[]
  fabric: string
  form: "kain-panjang" | "selendang" | "kemeja" | "scarf"
}

/** The demo catalogue's batik facts, by product handle, and the maker of each. */
const CATALOGUE: Record<string, { maker: string; batik: Batik }> = {
  "kain-batik-tulis-asem-arang": {
    maker: "batik-malon",
    batik: { technique: "tulis", motifs: ["Asem Arang"], dye_type: "natural", dyes: ["mahoni"], fabric: "katun primisima", form: "kain-panjang" },
  },
  "kain-batik-cap-lawang-sewu": {
    maker: "griya-batik-semarang",
    batik: { technique: "cap", motifs: ["Lawang Sewu"], dye_type: "synthetic", dyes: ["remazol"], fabric: "katun primisima", form: "kain-panjang" },
  },
  "kemeja-batik-kombinasi-tugu-muda": {
    maker: "griya-batik-semarang",
    batik: { technique: "kombinasi", motifs: ["Tugu Muda"], dye_type: "synthetic", dyes: ["naphthol"], fabric: "katun prima", form: "kemeja" },
  },
  "selendang-batik-tulis-warak-ngendog": {
    maker: "batik-malon",
    batik: { technique: "tulis", motifs: ["Warak Ngendog"], dye_type: "natural", dyes: ["secang"], fabric: "sutra", form: "selendang" },
  },
  "kain-batik-tulis-parang-rusak": {
    maker: "batik-malon",
    batik: { technique: "tulis", motifs: ["Parang"], dye_type: "natural", dyes: ["indigo"], fabric: "sutra", form: "kain-panjang" },
  },
  "scarf-printing-parang": {
    maker: "griya-batik-semarang",
    batik: { technique: "printing", motifs: ["Parang"], dye_type: "synthetic", dyes: ["remazol"], fabric: "rayon", form: "scarf" },
  },
}

// Loaded through Node's cache, not vitest's: Medusa refuses a second copy of a project workflow.
const { seedBase, seedDemoAdmin } = createRequire(__filename)(
  "../../src/scripts/seed/base"
) as typeof import("../../src/scripts/seed/base")

/** Products of the search fixture: the base seed's four plain pieces and two Parang pieces. */
const PRODUCTS = [
  { handle: "kain-batik-tulis-asem-arang", title: "Kain Batik Tulis Asem Arang", price: 1250000, stock: 1, description: "Kain panjang batik tulis motif Asem Arang, pewarna alam." },
  { handle: "kain-batik-cap-lawang-sewu", title: "Kain Batik Cap Lawang Sewu", price: 275000, stock: 12, description: "Kain batik cap motif Lawang Sewu, katun primisima." },
  { handle: "kemeja-batik-kombinasi-tugu-muda", title: "Kemeja Batik Kombinasi Tugu Muda", price: 425000, stock: 4, description: "Kemeja lengan pendek batik kombinasi motif Tugu Muda." },
  { handle: "selendang-batik-tulis-warak-ngendog", title: "Selendang Batik Tulis Warak Ngendog", price: 850000, stock: 1, description: "Selendang sutra batik tulis motif Warak Ngendog." },
  { handle: "kain-batik-tulis-parang-rusak", title: "Kain Batik Tulis Parang Rusak", price: 2400000, stock: 1, description: "Kain panjang tulis motif Parang Rusak, pewarna alam indigo.", title_en: "Broken Blade Parang Hand-drawn Batik Cloth" },
  { handle: "scarf-printing-parang", title: "Scarf Printing Parang", price: 75000, stock: 30, description: "Syal rayon bermotif Parang, cetak printing." },
]

/**
 * Six pieces by two makers with their batik facts, built here rather than by the demo seed so the
 * expectations below do not move when the demo catalogue grows.
 */
async function seedSearchCatalogue(container: MedusaContainer, base: BaseSeedResult) {
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((p) => ({
        title: p.title,
        handle: p.handle,
        description: p.description,
        ...("title_en" in p ? { metadata: { title_en: p.title_en } } : {}),
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: base.shippingProfileId,
        sales_channels: [{ id: base.salesChannelId }],
        options: [{ title: "Ukuran", values: ["All size"] }],
        variants: [
          {
            title: "All size",
            sku: p.handle.toUpperCase(),
            options: { Ukuran: "All size" },
            manage_inventory: true,
            prices: [{ currency_code: "idr", amount: p.price }],
          },
        ],
      })),
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id", "product.handle"],
    filters: { product_id: created.map((p) => p.id) },
  })
  await container.resolve(Modules.INVENTORY).createInventoryLevels(
    variants.map((v: any) => ({
      inventory_item_id: v.inventory_items[0].inventory_item_id,
      location_id: base.stockLocationId,
      stocked_quantity: PRODUCTS.find((p) => p.handle === v.product.handle)!.stock,
    }))
  )

  const makers = await container.resolve<MakerModuleService>(MAKER_MODULE).createMakers([
    { handle: "batik-malon", name: "Batik Malon", size_class: "kecil", district: "Gunungpati", sentra: "Malon", status: "approved" },
    { handle: "griya-batik-semarang", name: "Griya Batik Semarang", size_class: "menengah", district: "Semarang Tengah", status: "approved" },
  ])
  const makerId = Object.fromEntries(makers.map((m: any) => [m.handle, m.id]))
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const batikModule = container.resolve<BatikModuleService>(BATIK_MODULE)
  for (const product of products as any[]) {
    const entry = CATALOGUE[product.handle]
    const [attributes] = await batikModule.createBatikAttributes([entry.batik])
    await link.create([
      { [MAKER_MODULE]: { maker_id: makerId[entry.maker] }, [Modules.PRODUCT]: { product_id: product.id } },
      { [Modules.PRODUCT]: { product_id: product.id }, [BATIK_MODULE]: { batik_attributes_id: attributes.id } },
    ])
  }
  // The links above were written without events: rebuild the index from the database, as the
  // reindex command does after a bulk load.
  await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  return { makerId }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let base: BaseSeedResult
    let adminHeaders: { headers: Record<string, string> }
    let makerId: Record<string, string>

    beforeAll(async () => {
      base = await seedBase(getContainer())
      await seedDemoAdmin(getContainer())
      key = base.publishableKey
      ;({ makerId } = await seedSearchCatalogue(getContainer(), base))
    })

    beforeEach(async () => {
      const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      adminHeaders = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    const search = async (body: Record<string, unknown>) =>
      api
        .post("/store/search", { entity: "product", ...body }, { headers: { "x-publishable-api-key": key } })
        .catch((e: any) => e.response)

    /** The inventory item of a single-variant product of the fixture. */
    const inventoryItemOf = async (handle: string): Promise<string> => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["variants.inventory_items.inventory_item_id"], filters: { handle } })
      return (data[0] as any).variants[0].inventory_items[0].inventory_item_id
    }

    const handlesFor = async (q: string, extra: Record<string, unknown> = {}) => {
      const res = await search({ filters: { q }, ...extra })
      expect(res.status).toBe(200)
      return res.data.results[0].hits.map((h: any) => h.document.handle).sort()
    }

    it("finds Parang pieces when the shopper types 'prang'", async () => {
      expect(await handlesFor("prang")).toEqual(["kain-batik-tulis-parang-rusak", "scarf-printing-parang"])
      expect(await handlesFor("kain prang")).toEqual(["kain-batik-tulis-parang-rusak"])
    })

    it("finds the tulis pieces for 'hand-drawn' and the sutra pieces for 'silk'", async () => {
      expect(await handlesFor("hand-drawn")).toEqual([
        "kain-batik-tulis-asem-arang",
        "kain-batik-tulis-parang-rusak",
        "selendang-batik-tulis-warak-ngendog",
      ])
      expect(await handlesFor("silk")).toEqual([
        "kain-batik-tulis-parang-rusak",
        "selendang-batik-tulis-warak-ngendog",
      ])
      expect(await handlesFor("natural dye")).toEqual([
        "kain-batik-tulis-asem-arang",
        "kain-batik-tulis-parang-rusak",
        "selendang-batik-tulis-warak-ngendog",
      ])
    })

    it("completes the word being typed", async () => {
      expect(await handlesFor("batik tulis para", { search_options: { match_strategy: "last" } })).toEqual([
        "kain-batik-tulis-parang-rusak",
      ])
      // A word being typed that no catalogue word starts with is a typo, not a prefix.
      expect(await handlesFor("kain prang", { search_options: { match_strategy: "last" } })).toEqual([
        "kain-batik-tulis-parang-rusak",
      ])
    })

    it("returns what a product card needs on each hit", async () => {
      const res = await search({ filters: { q: "warak ngendog" } })
      expect(res.status).toBe(200)
      expect(res.data.results[0].hits[0].document).toMatchObject({
        title: "Selendang Batik Tulis Warak Ngendog",
        handle: "selendang-batik-tulis-warak-ngendog",
        price: 850000,
        in_stock: true,
        technique: "tulis",
        maker: { name: "Batik Malon", handle: "batik-malon" },
      })
      expect(res.data.results[0].hits[0].document).toHaveProperty("thumbnail")
    })

    it("returns a piece's English title and finds it by its English words", async () => {
      const res = await search({ fields: ["id", "title", "title_en", "handle"], filters: { q: "broken blade" } })
      expect(res.status).toBe(200)
      expect(res.data.results[0].hits.map((h: any) => h.document)).toEqual([
        expect.objectContaining({
          handle: "kain-batik-tulis-parang-rusak",
          title: "Kain Batik Tulis Parang Rusak",
          title_en: "Broken Blade Parang Hand-drawn Batik Cloth",
        }),
      ])
    })

    it("counts facets exactly as the database does", async () => {
      const res = await search({
        search_options: {
          facets: [
            "technique",
            "maker.handle",
            "in_stock",
            { field: "price", type: "range", ranges: [{ key: "under-500k", to: 500000 }, { key: "500k-up", from: 500000 }] },
          ],
        },
        pagination: { take: 0 },
      })
      expect(res.status).toBe(200)
      const facets = res.data.results[0].facets
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "batik_attributes.technique", "maker.handle", "variants.prices.amount", "sales_channels.id"],
        filters: { status: "published" },
      })
      const inChannel = (products as any[]).filter((p) => p.sales_channels.some((s: any) => s.id === base.salesChannelId))
      const tally = (values: string[]) =>
        values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {})
      const asObject = (facet: any) => Object.fromEntries(facet.values.map((v: any) => [v.value, v.count]))
      expect(asObject(facets.technique)).toEqual(tally(inChannel.map((p) => p.batik_attributes.technique)))
      expect(asObject(facets["maker.handle"])).toEqual(tally(inChannel.map((p) => p.maker.handle)))
      const prices = inChannel.map((p) => Math.min(...p.variants.map((v: any) => v.prices[0].amount)))
      expect(facets.price.ranges.map((r: any) => [r.key, r.count])).toEqual([
        ["under-500k", prices.filter((p) => p < 500000).length],
        ["500k-up", prices.filter((p) => p >= 500000).length],
      ])
      expect(res.data.results[0].metadata.count).toBe(inChannel.length)
    })

    it("answers the storefront's catalogue request: disjunctive facets, exact count, newest first", async () => {
      const res = await search({
        fields: ["id", "title", "handle", "thumbnail", "price", "maker.handle", "maker.name", "technique", "in_stock"],
        filters: { q: "batik", technique: { $in: ["tulis"] }, price: { $gte: 100000, $lte: 3000000 }, in_stock: true },
        pagination: { skip: 0, take: 24, order: { created_at: "DESC" } },
        search_options: {
          typo_tolerance: true,
          count: "exact",
          facets: ["technique", "motifs", "dye_type", "fabric", "form", "maker.handle"].map((field) => ({
            field,
            limit: 30,
            sort: "count",
          })),
          disjunctive_facets: true,
        },
      })
      expect(res.status).toBe(200)
      const [result] = res.data.results
      // The fixture's products share one creation instant, so only the set is certain.
      expect(result.hits.map((h: any) => h.document.handle).sort()).toEqual([
        "kain-batik-tulis-asem-arang",
        "kain-batik-tulis-parang-rusak",
        "selendang-batik-tulis-warak-ngendog",
      ])
      expect(result.metadata.count).toBe(3)
      // The technique facet ignores the technique filter, so the shopper can add a second technique.
      expect(result.facets.technique.values).toEqual([
        { value: "tulis", count: 3 },
        { value: "cap", count: 1 },
        { value: "kombinasi", count: 1 },
      ])
    })

    it("filters by technique, fabric and price and sorts by price", async () => {
      const res = await search({
        filters: { technique: { $in: ["tulis", "cap"] }, price: { $lt: 1000000 } },
        pagination: { order: { price: "ASC" } },
      })
      expect(res.status).toBe(200)
      expect(res.data.results[0].hits.map((h: any) => [h.document.handle, h.document.price])).toEqual([
        ["kain-batik-cap-lawang-sewu", 275000],
        ["selendang-batik-tulis-warak-ngendog", 850000],
      ])
    })

    /** Sends `body` until one answer comes from the route cache: the answer every later request would get. */
    const cachedAnswer = async (body: Record<string, unknown>, searchKey = key) => {
      const send = () =>
        api.post("/store/search", { entity: "product", ...body }, { headers: { "x-publishable-api-key": searchKey } })
      const first = await send()
      const again = await send()
      expect(again.headers["x-search-cache"]).toBe("hit")
      expect(again.data).toEqual(first.data)
      return again
    }

    it("shows a title, price and stock change at once to a search answered from the cache", async () => {
      const request = {
        fields: ["id", "title", "handle", "price", "in_stock"],
        filters: { q: "tugu muda" },
        search_options: { facets: ["in_stock"] },
      }
      const before = await cachedAnswer(request)
      expect(before.data.results[0].hits.map((h: any) => h.document.title)).toEqual(["Kemeja Batik Kombinasi Tugu Muda"])
      const {
        products: [product],
      } = (await api.get("/admin/products?handle=kemeja-batik-kombinasi-tugu-muda&fields=variants.id", adminHeaders)).data
      const documentNow = async () => {
        const res = await search(request)
        return { ...res.data.results[0].hits[0].document, in_stock_facet: res.data.results[0].facets.in_stock.values }
      }
      // No `eventually` with a long deadline: a stale answer would be served for its whole 30 s.
      const within = (ms: number, check: () => Promise<void>) => eventually(check, ms)

      await api.post(`/admin/products/${product.id}`, { title: "Kemeja Tugu Muda Lengan Panjang" }, adminHeaders)
      await within(5_000, async () => expect((await documentNow()).title).toBe("Kemeja Tugu Muda Lengan Panjang"))

      await cachedAnswer(request)
      await api.post(
        `/admin/products/${product.id}/variants/${product.variants[0].id}`,
        { prices: [{ currency_code: "idr", amount: 455000 }] },
        adminHeaders
      )
      await within(5_000, async () => expect((await documentNow()).price).toBe(455000))

      await cachedAnswer(request)
      const itemId = await inventoryItemOf("kemeja-batik-kombinasi-tugu-muda")
      await api.post(
        `/admin/inventory-items/${itemId}/location-levels/${base.stockLocationId}`,
        { stocked_quantity: 0 },
        adminHeaders
      )
      await within(5_000, async () =>
        expect(await documentNow()).toMatchObject({ in_stock: false, in_stock_facet: [{ value: "false", count: 1 }] })
      )
    })

    it("never answers one sales channel's search with another channel's cached hits", async () => {
      const container = getContainer()
      const {
        result: [channel],
      } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Gelar Pop-up Kota Lama" }] },
      })
      const {
        result: [popUpKey],
      } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Pop-up", type: "publishable", created_by: "" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: popUpKey.id, add: [channel.id] } })
      const [{ id: parangId }] = (await api.get("/admin/products?handle=kain-batik-tulis-parang-rusak", adminHeaders))
        .data.products
      const inChannels = (ids: string[]) =>
        api.post(`/admin/products/${parangId}`, { sales_channels: ids.map((id) => ({ id })) }, adminHeaders)
      await inChannels([base.salesChannelId, channel.id])

      const request = { fields: ["id", "handle"], filters: { q: "parang" } }
      const handles = (res: any) => res.data.results[0].hits.map((h: any) => h.document.handle).sort()
      await eventually(async () => {
        const popUp = await api.post(
          "/store/search",
          { entity: "product", ...request },
          { headers: { "x-publishable-api-key": popUpKey.token } }
        )
        expect(handles(popUp)).toEqual(["kain-batik-tulis-parang-rusak"])
      })
      // Both answers cached at the same generation, each served to its own key only.
      expect(handles(await cachedAnswer(request))).toEqual(["kain-batik-tulis-parang-rusak", "scarf-printing-parang"])
      expect(handles(await cachedAnswer(request, popUpKey.token))).toEqual(["kain-batik-tulis-parang-rusak"])
      expect(handles(await cachedAnswer(request))).toEqual(["kain-batik-tulis-parang-rusak", "scarf-printing-parang"])
      await inChannels([base.salesChannelId])
    })

    it("finds a product by its new title once an organiser renames it", async () => {
      const [{ id }] = (await api.get("/admin/products?handle=kain-batik-cap-lawang-sewu", adminHeaders)).data.products
      await api.post(`/admin/products/${id}`, { title: "Kain Batik Cap Blekok Srondol" }, adminHeaders)
      await eventually(async () => expect(await handlesFor("blekok srondol")).toEqual(["kain-batik-cap-lawang-sewu"]))
    })

    it("sorts and filters by the new price once it changes", async () => {
      const {
        products: [product],
      } = (await api.get("/admin/products?handle=scarf-printing-parang&fields=variants.id", adminHeaders)).data
      await api.post(
        `/admin/products/${product.id}/variants/${product.variants[0].id}`,
        { prices: [{ currency_code: "idr", amount: 3000000 }] },
        adminHeaders
      )
      await eventually(async () => {
        const res = await search({ filters: { q: "parang", price: { $gte: 2500000 } }, pagination: { order: { price: "DESC" } } })
        expect(res.data.results[0].hits.map((h: any) => [h.document.handle, h.document.price])).toEqual([
          ["scarf-printing-parang", 3000000],
        ])
      })
    })

    it("shows a one-of-a-kind cloth as out of stock once its single piece is gone", async () => {
      const itemId = await inventoryItemOf("kain-batik-tulis-parang-rusak")
      await api.post(
        `/admin/inventory-items/${itemId}/location-levels/${base.stockLocationId}`,
        { stocked_quantity: 0 },
        adminHeaders
      )
      await eventually(async () => {
        const res = await search({ filters: { q: "parang rusak" } })
        expect(res.data.results[0].hits.map((h: any) => h.document.in_stock)).toEqual([false])
      })
      const inStock = await handlesFor("parang", { filters: { q: "parang", in_stock: true } })
      expect(inStock).toEqual(["scarf-printing-parang"])
    })

    it("shows a one-of-a-kind cloth reserved for an order as out of stock", async () => {
      const itemId = await inventoryItemOf("selendang-batik-tulis-warak-ngendog")
      await api.post(
        "/admin/reservations",
        { inventory_item_id: itemId, location_id: base.stockLocationId, quantity: 1, description: "Bought online" },
        adminHeaders
      )
      await eventually(async () => {
        const res = await search({ filters: { q: "warak ngendog" } })
        expect(res.data.results[0].hits.map((h: any) => h.document.in_stock)).toEqual([false])
      })
    })

    it("shows the maker's new name and hides a suspended maker's products", async () => {
      const makers = getContainer().resolve<MakerModuleService>(MAKER_MODULE)
      await makers.updateMakers({ id: makerId["batik-malon"], name: "Sentra Batik Malon" })
      await eventually(async () => {
        const res = await search({ filters: { q: "sentra malon" } })
        expect(res.data.results[0].hits.map((h: any) => h.document.maker.name)).toEqual([
          "Sentra Batik Malon",
          "Sentra Batik Malon",
          "Sentra Batik Malon",
        ])
      })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "maker",
        fields: ["products.id"],
        filters: { id: makerId["griya-batik-semarang"] },
      })
      // The shopper's facet request is answered from the cache right before the suspension.
      await cachedAnswer({ search_options: { facets: ["maker.handle"] } })
      // What suspension does (decision 002): the products leave the channel, the maker's status changes.
      await linkProductsToSalesChannelWorkflow(getContainer()).run({
        input: { id: base.salesChannelId, remove: (data[0] as any).products.map((p: any) => p.id) },
      })
      await makers.updateMakers({ id: makerId["griya-batik-semarang"], status: "suspended" })
      await eventually(async () => {
        const res = await search({ search_options: { facets: ["maker.handle"] } })
        expect(res.data.results[0].facets["maker.handle"].values).toEqual([{ value: "batik-malon", count: 3 }])
      })
    })

    /** An exhibition from `from` to `to` (ms), with one maker's booth and one featured product. */
    const exhibitionFeaturing = async (
      exhibit: { handle: string; title: string; venue: string; booth: string; from: number; to: number },
      maker: string,
      productId: string
    ) => {
      const { exhibition } = (
        await api.post(
          "/admin/exhibitions",
          {
            handle: exhibit.handle,
            title_id: `Gelar ${exhibit.title}`,
            title_en: `Gelar ${exhibit.title}`,
            venue: exhibit.venue,
            starts_at: new Date(exhibit.from).toISOString(),
            ends_at: new Date(exhibit.to).toISOString(),
          },
          adminHeaders
        )
      ).data
      await api.post(
        `/admin/exhibitions/${exhibition.id}/participants`,
        { maker_id: makerId[maker], booth_code: exhibit.booth },
        adminHeaders
      )
      await api.post(`/admin/exhibitions/${exhibition.id}/featured`, { product_id: productId }, adminHeaders)
      return exhibition
    }
    const featured = async () => {
      const res = await search({ filters: { featured: true } })
      return res.data.results[0].hits.map((h: any) => h.document.handle)
    }

    it("marks a piece featured at the current exhibition, and unmarks it when the curators remove it", async () => {
      const [{ id: productId }] = (
        await api.get("/admin/products?handle=kain-batik-tulis-parang-rusak", adminHeaders)
      ).data.products
      const now = Date.now()
      const exhibition = await exhibitionFeaturing(
        { handle: "gelar-search-test", title: "Uji", venue: "Balai Kota Semarang", booth: "A-1", from: now - 86_400_000, to: now + 86_400_000 },
        "batik-malon",
        productId
      )
      await eventually(async () => expect(await featured()).toEqual(["kain-batik-tulis-parang-rusak"]))

      await api.delete(`/admin/exhibitions/${exhibition.id}/featured/${productId}`, adminHeaders)
      await eventually(async () => expect(await featured()).toEqual([]))
    })

    it("follows an exhibition opening and closing by the clock through the scheduled job", async () => {
      const [{ id: productId }] = (await api.get("/admin/products?handle=scarf-printing-parang", adminHeaders)).data
        .products
      const now = Date.now()
      // Opened before any other exhibition of this file, so it is the one the shop promotes while live.
      const exhibition = await exhibitionFeaturing(
        { handle: "gelar-clock-test", title: "Jam", venue: "Kota Lama Semarang", booth: "B-2", from: now - 10 * 86_400_000, to: now + 86_400_000 },
        "griya-batik-semarang",
        productId
      )
      await eventually(async () => expect(await featured()).toEqual(["scarf-printing-parang"]))

      // The clock moves past the end: written straight to the table, as time passing emits no event.
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const setEnd = (at: number) => db("exhibition").where({ id: exhibition.id }).update({ ends_at: new Date(at) })
      await setEnd(now - 3_600_000)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      expect(await staleFeaturedProductIds(query as any)).toEqual([productId])
      await searchFeaturingJob(getContainer())
      await eventually(async () => expect(await featured()).toEqual([]))
      expect(await staleFeaturedProductIds(query as any)).toEqual([])

      // Reopened (the organisers extend it): the job features the piece again.
      await setEnd(now + 86_400_000)
      await searchFeaturingJob(getContainer())
      await eventually(async () => expect(await featured()).toEqual(["scarf-printing-parang"]))

      await setEnd(now - 3_600_000)
      await searchFeaturingJob(getContainer())
      await eventually(async () => expect(await featured()).toEqual([]))
    })

    it("serves a repeated request from the cache until the index is written, by any process", async () => {
      const request = { filters: { q: "warak ngendog" }, fields: ["id", "title", "handle"] }
      const first = await search(request)
      expect(first.data.results[0].provider_metadata).toMatchObject({ count: "exact" })
      const again = await search({ ...request, filters: { q: "  Warak  NGENDOG " } })
      expect(again.data.results[0].provider_metadata.cache).toBe("hit")
      expect(again.data.results[0].metadata.query).toBe("  Warak  NGENDOG ")
      expect(again.data.results[0].hits).toEqual(first.data.results[0].hits)

      // Another process (the worker) rewrites a document: its write bumps the index's version
      // sequence, which this server reads on every search. Simulated here with the same two writes.
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const id = first.data.results[0].hits[0].id
      const { rows } = await db.raw(`SELECT table_name FROM search_postgres_index WHERE name LIKE 'product%'`)
      let table = ""
      for (const { table_name } of rows) {
        const [exists] = (await db.raw(`SELECT to_regclass(?) IS NOT NULL AS ok`, [`"${table_name}"`])).rows
        if (exists.ok && (await db(table_name).where({ id }).first())) {
          table = table_name
        }
      }
      await db(table).where({ id }).update({ document: db.raw(`jsonb_set("document", '{title}', to_jsonb(?::text))`, ["Selendang Warak Baru"]) })
      await db.raw(`SELECT nextval(to_regclass(?))`, [`"${table}_version"`])
      await db.raw(`SELECT nextval('gelar_search_generation')`)
      const after = await search(request)
      expect(after.data.results[0].provider_metadata.cache).toBeUndefined()
      expect(after.data.results[0].hits[0].document.title).toBe("Selendang Warak Baru")
    })

    it("never shows draft products", async () => {
      const [{ id }] = (await api.get("/admin/products?handle=kain-batik-tulis-asem-arang", adminHeaders)).data.products
      await api.post(`/admin/products/${id}`, { status: "draft" }, adminHeaders)
      await eventually(async () => expect(await handlesFor("asem arang")).toEqual([]))
    })

    it("rejects input a shopper's client got wrong with a 400 that names the problem", async () => {
      const long = await search({ filters: { q: "a".repeat(201) } })
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/at most 200 characters/)

      const unknownFilter = await search({ filters: { colour: "red" } })
      expect(unknownFilter.status).toBe(400)
      expect(unknownFilter.data.message).toMatch(/"colour"/)

      const unknownSort = await search({ pagination: { order: { popularity: "DESC" } } })
      expect(unknownSort.status).toBe(400)
      expect(unknownSort.data.message).toMatch(/"popularity"/)

      const negative = await search({ pagination: { take: -1 } })
      expect(negative.status).toBe(400)
      expect(negative.data.message).toMatch(/pagination, take' too small/)

      const huge = await search({ pagination: { take: 5000 } })
      expect(huge.status).toBe(400)
      expect(huge.data.message).toMatch(/pagination, take' too big, expected at most: '100'/)
    })

    it("searches quotes, SQL and filter syntax typed by a shopper as plain text", async () => {
      for (const q of [
        `parang" OR 1=1 --`,
        `'; DROP TABLE product; --`,
        `technique = "tulis" AND price < 1`,
        `parang:* | !tulis`,
        `\\"'()&|!<>`,
      ]) {
        const res = await search({ filters: { q } })
        expect(res.status).toBe(200)
        expect(res.data.results[0].hits.length).toBeLessThanOrEqual(2)
      }
      expect(await handlesFor(`"parang"`)).toEqual(["kain-batik-tulis-parang-rusak", "scarf-printing-parang"])
      const products = await api.get("/store/products?limit=1", { headers: { "x-publishable-api-key": key } })
      expect(products.data.count).toBe(6)
    })
  },
})
