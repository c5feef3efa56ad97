import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { planQuery, tsquerySql } from "../../lib/search/query-plan"
import type { QueryTerm } from "../../lib/search/synonyms"
import { SYNONYM_WORDS } from "../../lib/search/synonyms"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** Corrections are cached this long: the vocabulary only grows when products are written. */
const CORRECTION_TTL_MS = 60_000
const CORRECTION_CACHE_SIZE = 5_000

/** How close a catalogue word must be to count as the intended one (pg_trgm similarity). */
const CORRECTION_MIN_SIMILARITY = 0.3

/**
 * Medusa's Postgres search provider with two changes for Gelar's shoppers:
 *
 * - Typo tolerance is index-backed. The stock provider ORs `word_similarity(q, search_text) > 0.3`
 *   into the match, which no index serves (3.2 s per query at 70,000 products, FACTS.md). Here each
 *   index table gets a vocabulary table of the catalogue's words with a trigram GIN index; a query's
 *   unknown words are corrected against it with the indexed `%` operator, then matched exactly
 *   through the full-text GIN index.
 * - Synonyms: the query is expanded with the shop's synonym list (lib/search/synonyms.ts), which
 *   the stock provider does not have.
 *
 * Typo tolerance is always on unless the index turns it off in its settings: shoppers misspell.
 */
export class GelarPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-gelar"

  /** The plan of each query in flight, read back by `keywordFragments` (synchronous in the base). */
  private readonly plans_ = new WeakMap<object, QueryTerm[]>()
  private readonly corrections_ = new Map<string, { at: number; known: boolean; correction: string | null }>()

  protected vocabularyTable(table: string): string {
    return `${table}_vocab`
  }

  protected async createDocumentTable(table: string, plan: any, manager: Manager): Promise<void> {
    await super.createDocumentTable(table, plan, manager as any)
    const vocab = this.vocabularyTable(table)
    await manager.execute(
      `CREATE TABLE IF NOT EXISTS "${vocab}" ("word" text NOT NULL, CONSTRAINT "${vocab}_pkey" PRIMARY KEY ("word"))`
    )
    await manager.execute(
      `CREATE INDEX IF NOT EXISTS "${vocab}_trgm_idx" ON "${vocab}" USING GIN ("word" gin_trgm_ops)`
    )
    // The synonym list's words are part of the language shoppers use even before a product has them.
    const placeholders = SYNONYM_WORDS.map(() => "(?)").join(", ")
    await manager.execute(
      `INSERT INTO "${vocab}" ("word") VALUES ${placeholders} ON CONFLICT DO NOTHING`,
      [...SYNONYM_WORDS]
    )
  }

  protected async dropDocumentTable(table: string, manager: Manager): Promise<void> {
    await manager.execute(`DROP TABLE IF EXISTS "${this.vocabularyTable(table)}"`)
    await super.dropDocumentTable(table, manager as any)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await super.clearIndex({ index })
    const catalog = await this.retrieve(index)
    await this.manager_.execute(
      `DELETE FROM "${this.vocabularyTable(catalog.table_name)}" WHERE NOT ("word" = ANY(ARRAY[${SYNONYM_WORDS.map(() => "?").join(", ")}]::text[]))`,
      [...SYNONYM_WORDS]
    )
    this.corrections_.clear()
    return task
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    if (!input.documents.length) {
      return task
    }
    const catalog = await this.retrieve(input.index)
    const ids = [...new Set(input.documents.map((d) => String(d[catalog.plan.primary_key])))]
    // Words are collected from what the base provider just stored, so the vocabulary sees exactly
    // the searchable text. Words are never removed on update: a stale word can only be offered as a
    // correction that then matches nothing, and a reindex rebuilds the table.
    for (let offset = 0; offset < ids.length; offset += 500) {
      const chunk = ids.slice(offset, offset + 500)
      await this.manager_.execute(
        `INSERT INTO "${this.vocabularyTable(catalog.table_name)}" ("word")
         SELECT DISTINCT w FROM "${catalog.table_name}",
           regexp_split_to_table(lower(unaccent("search_text")), '[^a-z0-9]+') AS w
         WHERE "id" = ANY(ARRAY[${chunk.map(() => "?").join(", ")}]::text[]) AND length(w) >= 3
         ON CONFLICT DO NOTHING`,
        chunk
      )
    }
    this.corrections_.clear()
    return task
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = input.q?.trim()
    const options = input.search_options ?? {}
    const searchesEverything = !options.attributes_to_search_on?.length
    if (q && searchesEverything && !options.vector) {
      const catalog = await this.retrieve(input.index.physical_name)
      const terms = await planQuery(q, {
        prefix: options.match_strategy === "last",
        typoTolerance: input.index.settings?.typo_tolerance?.enabled ?? true,
        correct: (words) => this.correctWords(catalog.table_name, words),
      })
      this.plans_.set(input, terms)
    }
    return await super.search(input)
  }

  /**
   * Looks each word up in the vocabulary: known as is, or the most similar known word. The `%`
   * operator is served by the trigram index, so this costs a few milliseconds at any catalogue size.
   */
  protected async correctWords(
    table: string,
    words: string[]
  ): Promise<Map<string, { known: boolean; correction: string | null }>> {
    const now = Date.now()
    const result = new Map<string, { known: boolean; correction: string | null }>()
    const missing: string[] = []
    for (const word of words) {
      const cached = this.corrections_.get(`${table}:${word}`)
      if (cached && now - cached.at < CORRECTION_TTL_MS) {
        result.set(word, cached)
      } else {
        missing.push(word)
      }
    }
    if (!missing.length) {
      return result
    }
    const vocab = this.vocabularyTable(table)
    const rows = await this.manager_.execute(
      `SELECT t.word,
         EXISTS (SELECT 1 FROM "${vocab}" v WHERE v."word" = t.word) AS known,
         (SELECT v."word" FROM "${vocab}" v
            WHERE v."word" % t.word AND similarity(v."word", t.word) >= ?
            ORDER BY similarity(v."word", t.word) DESC, v."word" LIMIT 1) AS correction
       FROM unnest(ARRAY[${missing.map(() => "?").join(", ")}]::text[]) AS t(word)`,
      [CORRECTION_MIN_SIMILARITY, ...missing]
    )
    if (this.corrections_.size > CORRECTION_CACHE_SIZE) {
      this.corrections_.clear()
    }
    for (const row of rows) {
      const entry = { at: now, known: !!row.known, correction: row.correction ?? null }
      this.corrections_.set(`${table}:${row.word}`, entry)
      result.set(row.word, entry)
    }
    return result
  }

  protected keywordFragments(input: { query: SearchTypes.ProviderSearchQuery; catalog: any }) {
    const terms = this.plans_.get(input.query)
    if (!terms) {
      return super.keywordFragments(input)
    }
    const matchAny = input.query.search_options?.match_strategy === "any"
    const tsquery = (params: unknown[]) => tsquerySql(terms, this.tsConfig_, matchAny, params)
    return {
      q: input.query.q?.trim(),
      needsBm25Limit: false,
      rankSql: (params: unknown[]) => `ts_rank_cd("search_vector", ${tsquery(params)})`,
      matchSql: (params: unknown[]) => `"search_vector" @@ ${tsquery(params)}`,
    }
  }
}
