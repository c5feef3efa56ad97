import type { SearchTypes } from "@medusajs/framework/types"
import { MeilisearchSearchService } from "./service"
import { productDefinitionForTests } from "./test-definition"

const host = process.env.MEILISEARCH_HOST

const definition = productDefinitionForTests(`gelar_live_test_${process.pid}`)

const DOCUMENTS = [
  { id: "p1", title: "Kain Batik Tulis Parang Rusak", handle: "parang-rusak", status: "published", sales_channel_ids: ["sc"], created_at: "2026-11-01T00:00:00Z", price: 2400000, in_stock: true, technique: "tulis", motifs: ["Parang"], fabric: "sutra", dye_words: "pewarna alam", dyes: ["indigo"], form: "kain-panjang", featured: false },
  { id: "p2", title: "Kain Batik Cap Lawang Sewu", handle: "lawang-sewu", status: "published", sales_channel_ids: ["sc"], created_at: "2026-11-02T00:00:00Z", price: 275000, in_stock: true, technique: "cap", motifs: ["Lawang Sewu"], fabric: "katun", dye_words: "pewarna sintetis", dyes: ["remazol"], form: "kain-panjang", featured: true },
]

/** Runs against a real Meilisearch only when MEILISEARCH_HOST is set (docker compose runs one). */
describe.skipIf(!host)("Meilisearch provider against a live Meilisearch (MEILISEARCH_HOST)", () => {
  // Built in beforeAll: the describe body also runs when the suite is skipped.
  let provider: MeilisearchSearchService
  const retrieve = ["id", "title", "handle", "price", "technique"]
  const search = (q: string, extra: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
    provider.search({ index: definition, q, attributes_to_retrieve: retrieve, pagination: { take: 20 }, search_options: {}, ...extra })

  beforeAll(async () => {
    provider = new MeilisearchSearchService({}, { host: host!, api_key: process.env.MEILISEARCH_API_KEY })
    await provider.waitForTask(await provider.upsertIndex({ index: definition }))
    await provider.waitForTask(
      await provider.upsertDocuments({ index: definition.physical_name, definition, documents: DOCUMENTS })
    )
  })
  afterAll(async () => {
    await provider.deleteIndex({ index: definition.physical_name })
  })

  it("finds Parang through a typo and sutra through 'silk'", async () => {
    expect((await search("prang")).hits.map((h) => h.id)).toEqual(["p1"])
    expect((await search("silk")).hits.map((h) => h.id)).toEqual(["p1"])
    expect((await search("natural dye")).hits.map((h) => h.id)).toEqual(["p1"])
  })

  it("filters, sorts and counts facets", async () => {
    const result = await search("", {
      filters: { sales_channel_ids: ["sc"], price: { $lt: 3000000 } },
      pagination: { take: 20, order: { price: "ASC" } },
      search_options: { facets: ["technique", { field: "price", type: "range", ranges: [{ to: 500000 }, { from: 500000 }] }] },
    })
    expect(result.hits.map((h) => h.id)).toEqual(["p2", "p1"])
    expect(result.facets?.technique).toEqual({ type: "value", values: [{ value: "cap", count: 1 }, { value: "tulis", count: 1 }] })
    expect((result.facets?.price as any).ranges.map((r: any) => r.count)).toEqual([1, 1])
  })

  it("searches filter syntax typed by a shopper as text", async () => {
    const result = await search(`technique = "tulis" OR 1=1`)
    expect(result.hits.length).toBeLessThanOrEqual(1)
  })
})
