import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"

// Loaded through Node's cache, not vitest's: Medusa refuses a second copy of a project workflow.
const { seedBase } = createRequire(__filename)("../../src/scripts/seed/base") as typeof import("../../src/scripts/seed/base")

const DOCUMENTS = 6_000
const TECHNIQUES = ["tulis", "cap", "kombinasi", "printing"] as const

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string

    beforeAll(async () => {
      const base = await seedBase(getContainer())
      key = base.publishableKey
      // More matches than the provider ranks exactly when no exact count is asked (5,000): written
      // straight into the index like the benchmark catalogue, a quarter of the pieces per technique.
      const search = getContainer().resolve(Modules.SEARCH)
      for (let offset = 0; offset < DOCUMENTS; offset += 1_000) {
        await search.upsertDocuments({
          index: "product",
          documents: Array.from({ length: 1_000 }, (_, k) => {
            const i = offset + k
            const technique = TECHNIQUES[i % TECHNIQUES.length]
            return {
              id: `prod_sample_${String(i).padStart(5, "0")}`,
              title: `Kain Batik ${technique} Parang ${i}`,
              description: `Kain batik ${technique} motif Parang nomor ${i}.`,
              handle: `sample-${i}`,
              thumbnail: null,
              status: "published",
              sales_channel_ids: [base.salesChannelId],
              created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
              price: 100_000 + (i % 10) * 50_000,
              in_stock: true,
              technique,
              motifs: ["Parang"],
              dyes: [],
              featured: false,
            }
          }),
        })
      }
      // The provider decides from the planner's estimate, which needs statistics (autovacuum comes later).
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await db.raw(`SELECT tablename FROM pg_tables WHERE tablename LIKE '%\\_lean'`)
      for (const { tablename } of rows) {
        await db.raw(`ANALYZE "${tablename}"`)
      }
    })

    const search = async (count?: "exact") =>
      (
        await api.post(
          "/store/search",
          {
            entity: "product",
            fields: ["id", "title", "technique"],
            filters: { q: "batik parang" },
            pagination: { take: 20 },
            search_options: { facets: ["technique"], ...(count ? { count } : {}) },
          },
          { headers: { "x-publishable-api-key": key } }
        )
      ).data.results[0]

    it("answers a broad query from a sample with estimated count and facets close to the exact ones", async () => {
      const exact = await search("exact")
      expect(exact.provider_metadata).toMatchObject({ count: "exact", facets: "exact" })
      expect(exact.metadata.count).toBe(DOCUMENTS)
      expect(exact.facets.technique.values).toEqual(
        expect.arrayContaining(TECHNIQUES.map((value) => ({ value, count: DOCUMENTS / 4 })))
      )

      const sampled = await search()
      expect(sampled.provider_metadata).toMatchObject({ count: "estimated", facets: "estimated" })
      expect(sampled.provider_metadata.sample_percent).toBeGreaterThan(0)
      expect(sampled.provider_metadata.sample_percent).toBeLessThan(100)
      // A whole page of real matches, ranked, and counts scaled back to the whole index.
      expect(sampled.hits).toHaveLength(20)
      for (const hit of sampled.hits) {
        expect(hit.document.title).toMatch(/^Kain Batik \w+ Parang \d+$/)
      }
      expect(sampled.metadata.count).toBeGreaterThan(DOCUMENTS * 0.6)
      expect(sampled.metadata.count).toBeLessThan(DOCUMENTS * 1.4)
      const counts = Object.fromEntries(sampled.facets.technique.values.map((v: any) => [v.value, v.count]))
      for (const technique of TECHNIQUES) {
        expect(counts[technique], technique).toBeGreaterThan((DOCUMENTS / 4) * 0.5)
        expect(counts[technique], technique).toBeLessThan((DOCUMENTS / 4) * 1.5)
      }
    })
  },
})
