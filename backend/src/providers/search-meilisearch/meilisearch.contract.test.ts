import type { SearchTypes } from "@medusajs/framework/types"
import { startFakeMeilisearch } from "./fake-meilisearch"
import { MeilisearchSearchService } from "./service"
import { productDefinitionForTests } from "./test-definition"

const definition = productDefinitionForTests("product_1")

const query = (overrides: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery => ({
  index: definition,
  attributes_to_retrieve: ["id", "title", "handle", "price", "maker.name", "maker.handle", "technique", "in_stock"],
  pagination: { skip: 0, take: 20 },
  search_options: {},
  ...overrides,
})

describe("Meilisearch provider: contract test against a recorded fake Meilisearch (no server runs here)", () => {
  let fake: Awaited<ReturnType<typeof startFakeMeilisearch>>
  let provider: MeilisearchSearchService

  beforeEach(async () => {
    fake = await startFakeMeilisearch()
    provider = new MeilisearchSearchService({}, { host: fake.host, api_key: "test-key" })
  })
  afterEach(async () => {
    await fake.close()
  })

  it("creates the index with the shop's searchable, filterable and sortable attributes, typo tolerance and synonyms", async () => {
    const task = await provider.upsertIndex({ index: definition })
    expect(task).toEqual({ id: "1", index: "product_1", status: "enqueued" })
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/indexes", body: { uid: "product_1", primaryKey: "id" } })
    const settings = fake.requests.find((r) => r.method === "PATCH")!
    expect(settings.path).toBe("/indexes/product_1/settings")
    const body = settings.body as any
    expect(body.searchableAttributes).toEqual([
      "title",
      "title_en",
      "maker.name",
      "technique",
      "motifs",
      "description",
      "dye_words",
      "dyes",
      "fabric",
      "form",
    ])
    expect(body.filterableAttributes).toEqual([
      "id",
      "handle",
      "status",
      "sales_channel_ids",
      "price",
      "in_stock",
      "maker.handle",
      "technique",
      "motifs",
      "dye_type",
      "dyes",
      "fabric",
      "form",
      "featured",
    ])
    expect(body.sortableAttributes).toEqual(["_ts_created_at", "price"])
    expect(body.rankingRules).toEqual(["words", "typo", "proximity", "attribute", "sort", "exactness"])
    expect(body.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    expect(body.synonyms.silk).toEqual(["sutra", "sutera"])
    expect(body.synonyms["hand drawn"]).toEqual(["tulis", "handdrawn"])
    expect(body.synonyms["natural dye"]).toContain("pewarna alam")
    expect(body.faceting).toEqual({ maxValuesPerFacet: 100 })
  })

  it("writes documents with a numeric copy of each date, as an enqueued task the module can wait for", async () => {
    const task = await provider.upsertDocuments({
      index: "product_1",
      definition,
      documents: [{ id: "prod_1", title: "Kain Batik Tulis Parang", created_at: "2026-11-29T03:00:00.000Z" }],
    })
    expect(task).toEqual({ id: "0", index: "product_1", status: "enqueued" })
    expect(fake.requests[0]).toMatchObject({
      method: "POST",
      path: "/indexes/product_1/documents",
      query: "?primaryKey=id",
      body: [{ id: "prod_1", title: "Kain Batik Tulis Parang", created_at: "2026-11-29T03:00:00.000Z", _ts_created_at: 1795921200000 }],
    })
    expect(await provider.waitForTask(task)).toMatchObject({ id: "0", status: "succeeded" })
    expect(fake.requests[1]).toMatchObject({ method: "GET", path: "/tasks/0" })
  })

  it("deletes by id through the batch endpoint", async () => {
    await provider.deleteDocuments({ index: "product_1", filters: { id: ["prod_1", "prod_2"] } })
    expect(fake.requests[0]).toMatchObject({
      method: "POST",
      path: "/indexes/product_1/documents/delete-batch",
      body: ["prod_1", "prod_2"],
    })
  })

  it("sends the shopper's text as text and quotes every filter value", async () => {
    fake.answerNextSearch([
      {
        indexUid: "product_1",
        hits: [
          { id: "prod_1", title: "Kain Batik Tulis Parang", handle: "kain-batik-tulis-parang", price: 2400000, maker: { name: "Batik Malon", handle: "batik-malon" }, technique: "tulis", in_stock: true },
        ],
        query: `parang" OR technique = tulis`,
        processingTimeMs: 2,
        limit: 20,
        offset: 0,
        estimatedTotalHits: 1,
        facetDistribution: { technique: { tulis: 1 } },
      },
      { indexUid: "product_1", hits: [], query: "", processingTimeMs: 1, hitsPerPage: 0, page: 1, totalPages: 0, totalHits: 0 },
      { indexUid: "product_1", hits: [], query: "", processingTimeMs: 1, hitsPerPage: 0, page: 1, totalPages: 1, totalHits: 1 },
    ])
    const [result] = await provider.searchMany([
      query({
        q: `parang" OR technique = tulis`,
        filters: {
          $and: [
            { status: "published", sales_channel_ids: ["sc_1"] },
            { technique: { $in: ["tulis", "cap"] }, "maker.handle": `x" OR status = "draft`, price: { $lt: 5000000 } },
          ],
        },
        pagination: { skip: 0, take: 20, order: { price: "ASC" } },
        search_options: {
          match_strategy: "last",
          facets: [
            { field: "technique", type: "value" },
            { field: "price", type: "range", ranges: [{ key: "cheap", to: 500000 }, { key: "dear", from: 500000 }] },
          ],
        },
      }),
    ])
    const sent = fake.requests[0]
    expect(sent).toMatchObject({ method: "POST", path: "/multi-search" })
    // The quote inside the maker handle stays inside the string literal: no "OR" reaches Meilisearch.
    const filter =
      `(status = "published" AND sales_channel_ids IN ["sc_1"] AND ` +
      `technique IN ["tulis", "cap"] AND maker.handle = "x\\" OR status = \\"draft" AND price < 5000000)`
    expect((sent.body as any).queries).toEqual([
      {
        indexUid: "product_1",
        q: `parang" OR technique = tulis`,
        matchingStrategy: "last",
        filter,
        facets: ["technique"],
        sort: ["price:asc"],
        offset: 0,
        limit: 20,
        attributesToRetrieve: ["id", "title", "handle", "price", "maker.name", "maker.handle", "technique", "in_stock"],
      },
      { indexUid: "product_1", q: `parang" OR technique = tulis`, matchingStrategy: "last", filter: `(${filter}) AND price < 500000`, hitsPerPage: 0, page: 1 },
      { indexUid: "product_1", q: `parang" OR technique = tulis`, matchingStrategy: "last", filter: `(${filter}) AND price >= 500000`, hitsPerPage: 0, page: 1 },
    ])
    expect(result.hits).toEqual([
      {
        id: "prod_1",
        document: { id: "prod_1", title: "Kain Batik Tulis Parang", handle: "kain-batik-tulis-parang", price: 2400000, maker: { name: "Batik Malon", handle: "batik-malon" }, technique: "tulis", in_stock: true },
      },
    ])
    expect(result.facets).toEqual({
      technique: { type: "value", values: [{ value: "tulis", count: 1 }] },
      price: {
        type: "range",
        ranges: [
          { key: "cheap", from: undefined, to: 500000, count: 0 },
          { key: "dear", from: 500000, to: undefined, count: 1 },
        ],
      },
    })
    expect(result.metadata).toMatchObject({ skip: 0, take: 20, count: 1, processing_time_ms: 2 })
  })

  it("refuses a substring filter Meilisearch cannot express instead of answering wrongly", async () => {
    await expect(provider.searchMany([query({ filters: { title: { $like: "parang" } } })])).rejects.toThrow(
      /cannot filter "title" with \$like/
    )
    expect(fake.requests).toEqual([])
  })

  it("reports its indexes with their document counts", async () => {
    expect(await provider.listIndexes()).toEqual([
      { name: "product_1", provider: "search-meilisearch", document_count: 6 },
    ])
  })
})
