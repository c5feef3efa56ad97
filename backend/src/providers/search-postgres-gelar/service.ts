import { AsyncLocalStorage } from "node:async_hooks"
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  extractPrimaryKeyFilter,
  jsonbPath,
  mapFacetResult,
  normalizeFacetRequests,
} from "@medusajs/search-postgres/dist/utils"
import { BUMP_GENERATION_SQL, CREATE_GENERATION_SQL } from "../../lib/search/generation"
import { planQuery, tsquerySql } from "../../lib/search/query-plan"
import type { QueryTerm } from "../../lib/search/synonyms"
import { SYNONYM_WORDS, normalizeText } from "../../lib/search/synonyms"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** Corrections are cached this long: the vocabulary only grows when products are written. */
const CORRECTION_TTL_MS = 60_000
const CORRECTION_CACHE_SIZE = 5_000

/** An index's catalogue row (table name, plan) is read once per this long, not several times a query. */
const CATALOG_TTL_MS = 10_000

/** How close a catalogue word must be to count as the intended one (pg_trgm similarity). */
const CORRECTION_MIN_SIMILARITY = 0.3

/**
 * Results are kept this long per process, keyed by the index's write version (read from the
 * database on every search, so a write by any process retires them) and the normalised request.
 */
const RESULT_TTL_MS = 30_000
/** `GELAR_SEARCH_RESULT_CACHE=off` serves every search from the engine (benchmarks of the engine alone). */
const RESULT_CACHE_ENABLED = process.env.GELAR_SEARCH_RESULT_CACHE !== "off"
const RESULT_CACHE_SIZE = 2_000

/**
 * A relevance query whose matches the planner estimates above this, and that did not ask for an exact
 * count, is ranked, counted and faceted on a random sample of the index (see `executeQuery`).
 */
const BROAD_MATCH_THRESHOLD = 5_000
/** How many matches the sample aims at: ranking costs ~10 µs a match on these machines. */
const SAMPLE_TARGET_MATCHES = 1_500
/** Fewer sampled matches than this means the estimate was wrong: the exact path answers instead. */
const SAMPLE_MIN_MATCHES = 300
/** A fixed seed keeps the sample, and so the pages of one query, stable while the index is unchanged. */
const SAMPLE_SEED = 4

type QueryScope = {
  lean: string
  exactCount: boolean
  /** Set when the hits were ranked on a sample; facets then read the same sample. */
  sample?: { percent: number }
  notes: Record<string, unknown>
}

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
 * - Matching, ranking, counting and faceting read a narrow copy of each document (`<table>_lean`:
 *   id, full-text vector, and only the fields filters, sorts and facets use), about a fifth of the
 *   document row, so a broad query touches a fraction of the pages. Documents are read for the page.
 *
 * Typo tolerance is always on unless the index turns it off in its settings: shoppers misspell.
 */
export class GelarPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-gelar"

  /** The plan of each query in flight, read back by `keywordFragments` (synchronous in the base). */
  private readonly plans_ = new WeakMap<object, QueryTerm[]>()
  private readonly corrections_ = new Map<string, { at: number; known: boolean; correction: string | null }>()

  /** Set while a query may read the lean table (not for per-field matching, which needs the text). */
  private readonly leanScope_ = new AsyncLocalStorage<QueryScope>()
  private readonly leanReady_ = new Set<string>()
  private readonly catalogs_ = new Map<string, { at: number; catalog: any }>()
  private readonly results_ = new Map<string, { at: number; version: string; result: SearchTypes.SearchResult }>()
  private readonly inFlight_ = new Map<string, Promise<SearchTypes.SearchResult>>()
  private readonly versionReady_ = new Set<string>()

  protected async retrieve(index: string): Promise<any> {
    const cached = this.catalogs_.get(index)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) {
      return cached.catalog
    }
    const catalog = await super.retrieve(index)
    this.catalogs_.set(index, { at: Date.now(), catalog })
    return catalog
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index.physical_name)
    const task = await super.upsertIndex(input)
    this.catalogs_.delete(input.index.physical_name)
    // New settings or a new version going live change answers without a document write.
    await this.manager_.execute(CREATE_GENERATION_SQL)
    await this.manager_.execute(BUMP_GENERATION_SQL)
    return task
  }

  async deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index)
    return await super.deleteIndex(input)
  }

  protected vocabularyTable(table: string): string {
    return `${table}_vocab`
  }

  protected leanTable(table: string): string {
    return `${table}_lean`
  }

  /** A sequence bumped after every write to the index, whichever process writes. */
  protected versionSequence(table: string): string {
    return `${table}_version`
  }

  protected async ensureVersionSequence(table: string, manager: Manager = this.manager_): Promise<void> {
    if (this.versionReady_.has(table)) {
      return
    }
    await manager.execute(`CREATE SEQUENCE IF NOT EXISTS "${this.versionSequence(table)}"`)
    await manager.execute(CREATE_GENERATION_SQL)
    this.versionReady_.add(table)
  }

  /** The index's write version; cached results of another version are never served. */
  protected async readVersion(table: string): Promise<string> {
    await this.ensureVersionSequence(table)
    const [row] = await this.manager_.execute(
      `SELECT last_value::text || ':' || is_called::text AS version FROM "${this.versionSequence(table)}"`
    )
    return String(row?.version)
  }

  /**
   * Retires every cached result: in this process at once, in the others at their next search. The
   * shared generation retires the cached `/store/search` answers (`lib/search/result-cache.ts`).
   */
  protected async bumpVersion(table: string): Promise<void> {
    this.results_.clear()
    await this.ensureVersionSequence(table)
    await this.manager_.execute(`SELECT nextval(to_regclass(?))`, [`"${this.versionSequence(table)}"`])
    await this.manager_.execute(BUMP_GENERATION_SQL)
  }

  /**
   * The `indexed` column reduced to the fields a filter, sort or facet can use, as a SQL expression
   * over a row of the document table. Paths come from the index definition, not from requests.
   */
  protected leanIndexedSql(plan: any): string {
    const tree: Record<string, any> = {}
    for (const [path, planned] of plan.fields as Map<string, any>) {
      const field = planned.field
      if (!(field.filterable || field.sortable || field.facetable) || !/^[A-Za-z0-9_.]+$/.test(path)) {
        continue
      }
      const keys = path.split(".")
      let node = tree
      keys.slice(0, -1).forEach((key) => (node = node[key] = node[key] ?? {}))
      node[keys[keys.length - 1]] = path
    }
    const build = (node: Record<string, any>): string =>
      `jsonb_build_object(${Object.entries(node)
        .map(([key, value]) =>
          typeof value === "string"
            ? `'${key}', "indexed"#>'{${value.split(".").join(",")}}'`
            : `'${key}', ${build(value)}`
        )
        .join(", ")})`
    return `jsonb_strip_nulls(${build(tree)})`
  }

  /** Creates the lean copy of a document table and fills it from the documents already there. */
  protected async ensureLeanTable(table: string, plan: any, manager: Manager = this.manager_): Promise<void> {
    if (this.leanReady_.has(table)) {
      return
    }
    const lean = this.leanTable(table)
    const [row] = await manager.execute(`SELECT to_regclass(?) IS NOT NULL AS exists`, [lean])
    if (!row?.exists) {
      await manager.execute(
        `CREATE TABLE IF NOT EXISTS "${lean}" (
           "id" text NOT NULL, "search_vector" tsvector NOT NULL, "indexed" jsonb NOT NULL,
           CONSTRAINT "${lean}_pkey" PRIMARY KEY ("id"))`
      )
      await manager.execute(`CREATE INDEX IF NOT EXISTS "${lean}_fts_idx" ON "${lean}" USING GIN ("search_vector")`)
      await manager.execute(
        `CREATE INDEX IF NOT EXISTS "${lean}_indexed_idx" ON "${lean}" USING GIN ("indexed" jsonb_path_ops)`
      )
      await manager.execute(
        `INSERT INTO "${lean}" ("id", "search_vector", "indexed")
         SELECT "id", "search_vector", ${this.leanIndexedSql(plan)} FROM "${table}" ON CONFLICT DO NOTHING`
      )
    }
    this.leanReady_.add(table)
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
    this.leanReady_.delete(table)
    await this.ensureLeanTable(table, plan, manager)
    this.versionReady_.delete(table)
    await this.ensureVersionSequence(table, manager)
  }

  protected async dropDocumentTable(table: string, manager: Manager): Promise<void> {
    await manager.execute(`DROP TABLE IF EXISTS "${this.vocabularyTable(table)}"`)
    await manager.execute(`DROP TABLE IF EXISTS "${this.leanTable(table)}"`)
    await manager.execute(`DROP SEQUENCE IF EXISTS "${this.versionSequence(table)}"`)
    this.leanReady_.delete(table)
    this.versionReady_.delete(table)
    this.results_.clear()
    await super.dropDocumentTable(table, manager as any)
    // A dropped version may be the one a cached answer was read from (the active one changed).
    await manager.execute(CREATE_GENERATION_SQL)
    await manager.execute(BUMP_GENERATION_SQL)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await super.clearIndex({ index })
    const catalog = await this.retrieve(index)
    await this.ensureLeanTable(catalog.table_name, catalog.plan)
    await this.manager_.execute(`TRUNCATE TABLE "${this.leanTable(catalog.table_name)}"`)
    await this.manager_.execute(
      `DELETE FROM "${this.vocabularyTable(catalog.table_name)}" WHERE NOT ("word" = ANY(ARRAY[${SYNONYM_WORDS.map(() => "?").join(", ")}]::text[]))`,
      [...SYNONYM_WORDS]
    )
    this.corrections_.clear()
    await this.bumpVersion(catalog.table_name)
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
    await this.ensureLeanTable(catalog.table_name, catalog.plan)
    const ids = [...new Set(input.documents.map((d) => String(d[catalog.plan.primary_key])))]
    // Words are collected from what the base provider just stored, so the vocabulary sees exactly
    // the searchable text. Words are never removed on update: a stale word can only be offered as a
    // correction that then matches nothing, and a reindex rebuilds the table.
    for (let offset = 0; offset < ids.length; offset += 500) {
      const chunk = ids.slice(offset, offset + 500)
      const inChunk = `"id" = ANY(ARRAY[${chunk.map(() => "?").join(", ")}]::text[])`
      await this.manager_.execute(
        `INSERT INTO "${this.leanTable(catalog.table_name)}" ("id", "search_vector", "indexed")
         SELECT "id", "search_vector", ${this.leanIndexedSql(catalog.plan)} FROM "${catalog.table_name}"
         WHERE ${inChunk}
         ON CONFLICT ("id") DO UPDATE SET "search_vector" = EXCLUDED."search_vector", "indexed" = EXCLUDED."indexed"`,
        chunk
      )
      await this.manager_.execute(
        `INSERT INTO "${this.vocabularyTable(catalog.table_name)}" ("word")
         SELECT DISTINCT w FROM "${catalog.table_name}",
           regexp_split_to_table(lower(unaccent("search_text")), '[^a-z0-9]+') AS w
         WHERE ${inChunk} AND length(w) >= 3
         ON CONFLICT DO NOTHING`,
        chunk
      )
    }
    this.corrections_.clear()
    await this.bumpVersion(catalog.table_name)
    return task
  }

  async deleteDocuments(input: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const task = await super.deleteDocuments(input)
    const catalog = await this.retrieve(input.index)
    await this.ensureLeanTable(catalog.table_name, catalog.plan)
    const lean = this.leanTable(catalog.table_name)
    const ids = extractPrimaryKeyFilter(input.filters, catalog.plan) as string[] | undefined
    if (ids?.length) {
      await this.manager_.execute(
        `DELETE FROM "${lean}" WHERE "id" = ANY(ARRAY[${ids.map(() => "?").join(", ")}]::text[])`,
        ids
      )
    } else if (!ids) {
      // Deleted by a filter: drop whatever the document table no longer holds.
      await this.manager_.execute(
        `DELETE FROM "${lean}" l WHERE NOT EXISTS (SELECT 1 FROM "${catalog.table_name}" t WHERE t."id" = l."id")`
      )
    }
    await this.bumpVersion(catalog.table_name)
    return task
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    try {
      return await this.cachedSearch(input)
    } catch (error: any) {
      // Another process dropped the table behind a cached catalogue row (an old version after a
      // reindex): NOT_FOUND makes the Search Module resolve the active version again and retry.
      if (error?.code === "42P01") {
        this.catalogs_.delete(input.index.physical_name)
        this.leanReady_.clear()
        this.versionReady_.clear()
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Search table of "${input.index.physical_name}" is gone`)
      }
      throw error
    }
  }

  /**
   * Serves a result computed for the same normalised request at the same index version in the last
   * 30 s, and lets identical requests in flight share one computation. The version is read from the
   * database on each search, so a write made by another process (the worker) retires the entry too.
   */
  private async cachedSearch(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    if (!RESULT_CACHE_ENABLED) {
      return await this.search_(input)
    }
    const started = Date.now()
    const catalog = await this.retrieve(input.index.physical_name)
    const version = await this.readVersion(catalog.table_name)
    const key = resultCacheKey(input, catalog.table_name, version)
    const cached = this.results_.get(key)
    if (cached && cached.version === version && started - cached.at < RESULT_TTL_MS) {
      return servedFromCache(cached.result, input, started, "hit")
    }
    let pending = this.inFlight_.get(key)
    const shared = !!pending
    if (!pending) {
      pending = this.search_(input).finally(() => this.inFlight_.delete(key))
      this.inFlight_.set(key, pending)
    }
    const result = await pending
    if (shared) {
      return servedFromCache(result, input, started, "shared")
    }
    if (this.results_.size >= RESULT_CACHE_SIZE) {
      // Oldest first: a Map iterates in insertion order.
      this.results_.delete(this.results_.keys().next().value as string)
    }
    this.results_.set(key, { at: started, version, result: structuredClone(result) })
    return result
  }

  private async search_(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = input.q?.trim()
    const options = input.search_options ?? {}
    const searchesEverything = !options.attributes_to_search_on?.length
    const catalog = await this.retrieve(input.index.physical_name)
    if (q && searchesEverything && !options.vector) {
      const terms = await planQuery(q, {
        prefix: options.match_strategy === "last",
        typoTolerance: input.index.settings?.typo_tolerance?.enabled ?? true,
        correct: (words) => this.correctWords(catalog.table_name, words),
      })
      this.plans_.set(input, terms)
    }
    if (!searchesEverything || options.vector) {
      return await super.search(input)
    }
    await this.ensureLeanTable(catalog.table_name, catalog.plan)
    const scope: QueryScope = {
      lean: this.leanTable(catalog.table_name),
      exactCount: options.count === "exact",
      notes: {},
    }
    const result = await this.leanScope_.run(scope, () => super.search(input))
    result.provider_metadata = {
      ...result.provider_metadata,
      count: scope.sample ? "estimated" : "exact",
      ...(options.facets?.length ? { facets: scope.sample ? "estimated" : "exact" } : {}),
      ...scope.notes,
    }
    return result
  }

  /**
   * Looks each word up in the vocabulary: known as is, or the most similar known word. The `%`
   * operator is served by the trigram index, so this costs a few milliseconds at any catalogue size.
   */
  protected async correctWords(
    table: string,
    words: { word: string; prefix: boolean }[]
  ): Promise<Map<string, { known: boolean; correction: string | null }>> {
    const now = Date.now()
    const result = new Map<string, { known: boolean; correction: string | null }>()
    const missing: { word: string; prefix: boolean }[] = []
    for (const entry of words) {
      const cached = this.corrections_.get(`${table}:${entry.prefix ? "prefix" : "word"}:${entry.word}`)
      if (cached && now - cached.at < CORRECTION_TTL_MS) {
        result.set(entry.word, cached)
      } else {
        missing.push(entry)
      }
    }
    if (!missing.length) {
      return result
    }
    const vocab = this.vocabularyTable(table)
    // A prefix counts as known when a word starts with it; LIKE is served by the same trigram index.
    const rows = await this.manager_.execute(
      `SELECT t.word, t.prefix,
         CASE WHEN t.prefix
           THEN EXISTS (SELECT 1 FROM "${vocab}" v WHERE v."word" LIKE t.word || '%')
           ELSE EXISTS (SELECT 1 FROM "${vocab}" v WHERE v."word" = t.word) END AS known,
         (SELECT v."word" FROM "${vocab}" v
            WHERE v."word" % t.word AND similarity(v."word", t.word) >= ?
            ORDER BY similarity(v."word", t.word) DESC, v."word" LIMIT 1) AS correction
       FROM unnest(ARRAY[${missing.map(() => "?").join(", ")}]::text[],
                   ARRAY[${missing.map(() => "?").join(", ")}]::boolean[]) AS t(word, prefix)`,
      [CORRECTION_MIN_SIMILARITY, ...missing.map((m) => m.word), ...missing.map((m) => m.prefix)]
    )
    if (this.corrections_.size > CORRECTION_CACHE_SIZE) {
      this.corrections_.clear()
    }
    for (const row of rows) {
      const entry = { at: now, known: !!row.known, correction: row.correction ?? null }
      this.corrections_.set(`${table}:${row.prefix ? "prefix" : "word"}:${row.word}`, entry)
      result.set(row.word, entry)
    }
    return result
  }

  /**
   * Hits and total in one pass: the ranking subquery must read every match to sort it anyway, so
   * `count(*) OVER ()` costs nothing extra, where the base provider runs a second full `COUNT(*)`.
   * Only ids and scores are sorted; documents are fetched for the page alone.
   */
  protected async executeQuery(parts: any): Promise<{ hitRows: any[]; count: number | null }> {
    if (parts.minScore !== undefined || parts.distinctExpr || parts.prelude || parts.fastOrderSql || parts.take === 0) {
      return await super.executeQuery(parts)
    }
    const scope = this.leanScope_.getStore()
    const lean = scope?.lean
    if (!lean) {
      return await super.executeQuery(parts)
    }
    const sortsByField = /indexed/.test(parts.orderSql)
    // Only relevance-ordered text queries: a browse or a field sort must see every match.
    if (!scope.exactCount && parts.orderSql.trimStart().startsWith("score")) {
      const sampled = await this.executeOnSample(parts, scope)
      if (sampled) {
        return sampled
      }
    }
    const params: unknown[] = []
    const rank = parts.rankSql(params)
    const conditions: string[] = parts.conditionsSql(params)
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
    params.push(parts.take, parts.skip)
    // OFFSET 0 keeps the rank computed below the window, which then buffers ids and scores only
    // instead of whole rows (those spilled to disk past ~10,000 matches); a field sort needs `indexed`.
    const rows = await this.manager_.execute(
      `SELECT t."id", t."document", t."indexed", r.score, r.__total
       FROM (
         SELECT "id", score${sortsByField ? `, "indexed"` : ""}, count(*) OVER () AS __total
         FROM (SELECT "id"${sortsByField ? `, "indexed"` : ""}, ${rank} AS score FROM "${lean}" ${where} OFFSET 0) ranked
         ORDER BY ${parts.orderSql} LIMIT ? OFFSET ?
       ) r JOIN "${parts.table}" t USING ("id")
       ORDER BY ${parts.orderSql.replace(/"indexed"|\bindexed\b/g, 't."indexed"')}`,
      params
    )
    if (!parts.count) {
      return { hitRows: rows, count: null }
    }
    if (rows.length) {
      return { hitRows: rows, count: Number(rows[0].__total) }
    }
    // A page past the end returns no row to read the total from.
    const countParams: unknown[] = []
    const countConditions: string[] = parts.conditionsSql(countParams)
    const [row] = await this.manager_.execute(
      `SELECT COUNT(*)::int AS count FROM "${lean}" ${countConditions.length ? `WHERE ${countConditions.join(" AND ")}` : ""}`,
      countParams
    )
    return { hitRows: rows, count: Number(row?.count ?? 0) }
  }

  /**
   * Broad relevance queries ("batik", "batik tu" while typing: a third of the catalogue) cost ~10 µs
   * per match to filter, rank and count, so exact answers take hundreds of milliseconds at 70,000
   * products. When the planner estimates more than `BROAD_MATCH_THRESHOLD` matches and the request
   * did not ask for an exact count, the query runs on a sample of the index's pages (`TABLESAMPLE
   * SYSTEM`, far cheaper than a per-row sample, which still visits every page) sized to hold about
   * `SAMPLE_TARGET_MATCHES` matches: the hits are the best-ranked sampled matches, the count is
   * the sampled matches scaled up (reported as estimated), and facets read the same sample. A sample
   * with too few matches (a misestimate, or a page beyond it) returns undefined: the exact path answers.
   */
  protected async executeOnSample(
    parts: any,
    scope: QueryScope
  ): Promise<{ hitRows: any[]; count: number | null } | undefined> {
    const estimateParams: unknown[] = []
    const estimateConditions: string[] = parts.conditionsSql(estimateParams)
    if (!estimateConditions.length) {
      return undefined
    }
    const [plan] = await this.manager_.execute(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM "${scope.lean}" WHERE ${estimateConditions.join(" AND ")}`,
      estimateParams
    )
    const explained = plan?.["QUERY PLAN"]
    const estimate = Number((typeof explained === "string" ? JSON.parse(explained) : explained)?.[0]?.Plan?.["Plan Rows"])
    if (!(estimate > BROAD_MATCH_THRESHOLD)) {
      return undefined
    }
    const percent = Math.min(100, (100 * SAMPLE_TARGET_MATCHES) / estimate)
    const params: unknown[] = []
    const rank = parts.rankSql(params)
    params.push(percent, SAMPLE_SEED)
    const conditions: string[] = parts.conditionsSql(params)
    params.push(parts.take, parts.skip)
    const rows = await this.manager_.execute(
      `SELECT t."id", t."document", t."indexed", r.score, r.__sampled
       FROM (
         SELECT "id", score, count(*) OVER () AS __sampled
         FROM (SELECT "id", ${rank} AS score FROM "${scope.lean}" TABLESAMPLE SYSTEM (?) REPEATABLE (?)
               WHERE ${conditions.join(" AND ")} OFFSET 0) ranked
         ORDER BY ${parts.orderSql} LIMIT ? OFFSET ?
       ) r JOIN "${parts.table}" t USING ("id")
       ORDER BY ${parts.orderSql}`,
      params
    )
    const sampled = Number(rows[0]?.__sampled ?? 0)
    if (sampled < Math.max(SAMPLE_MIN_MATCHES, parts.skip + parts.take)) {
      return undefined
    }
    scope.sample = { percent }
    scope.notes.sample_percent = Math.round(percent * 100) / 100
    return { hitRows: rows, count: parts.count ? Math.round((sampled * 100) / percent) : null }
  }

  /**
   * Every value and range facet from one pass over the matches, where the base provider scans them
   * once per facet: the matching rows' `indexed` column is materialised once and each facet groups it.
   */
  protected async resolveFacets(input: {
    table: string
    plan: any
    scopeWhere?: { sql: string; params: unknown[] }
    requests?: (string | SearchTypes.SearchFacetRequest)[]
  }): Promise<Record<string, SearchTypes.SearchFacetResult> | undefined> {
    const requests = normalizeFacetRequests(input.requests as any, input.plan) as any[]
    if (!requests.length) {
      return undefined
    }
    if (requests.some((r) => r.type === "stats" || (r.type === "value" && r.query))) {
      return await super.resolveFacets(input)
    }
    // Each facet's value is read out of the JSON once per match into a narrow column; every facet then
    // groups that column, so the matches are scanned once whatever the number of facets.
    const columns = requests.map((request, i) => {
      const planned = input.plan.fields.get(request.field)
      if (request.type === "range") {
        return `(${jsonbPath(request.field, true)})::float8 AS c${i}`
      }
      return `${planned.is_array ? jsonbPath(request.field) : jsonbPath(request.field, true)} AS c${i}`
    })
    const sample = this.leanScope_.getStore()?.sample
    // Counts from a sample are scaled back to the whole index (and so are estimates).
    const scale = sample ? 100 / sample.percent : 1
    const params: unknown[] = [...(sample ? [sample.percent, SAMPLE_SEED] : []), ...(input.scopeWhere?.params ?? [])]
    const members: string[] = []
    requests.forEach((request, i) => {
      const planned = input.plan.fields.get(request.field)
      if (request.type === "range") {
        request.ranges.forEach((range: any, r: number) => {
          const bounds: string[] = []
          params.push(`${i}:${r}`)
          if (range.from !== undefined) {
            bounds.push(`c${i} >= ?`)
            params.push(range.from)
          }
          if (range.to !== undefined) {
            bounds.push(`c${i} < ?`)
            params.push(range.to)
          }
          members.push(
            `(SELECT ?::text AS facet, NULL::text AS value, COUNT(*) FILTER (WHERE ${bounds.join(" AND ") || "TRUE"})::int AS count FROM m)`
          )
        })
        return
      }
      const valueExpr = planned.is_array ? `jsonb_array_elements_text(c${i})` : `c${i}`
      const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
      params.push(String(i), request.limit ?? 10)
      members.push(
        `(SELECT ?::text AS facet, value, COUNT(*)::int AS count
          FROM (SELECT ${valueExpr} AS value FROM m) v WHERE value IS NOT NULL
          GROUP BY value ORDER BY ${order} LIMIT ?)`
      )
    })
    const source = this.leanScope_.getStore()?.lean ?? input.table
    const rows = await this.manager_.execute(
      `WITH m AS MATERIALIZED (SELECT ${columns.join(", ")} FROM "${source}"
         ${sample ? "TABLESAMPLE SYSTEM (?) REPEATABLE (?)" : ""}
         ${input.scopeWhere?.sql ? `WHERE ${input.scopeWhere.sql}` : ""})
       ${members.join("\nUNION ALL\n")}`,
      params
    )
    if (sample) {
      rows.forEach((row) => (row.count = Math.round(row.count * scale)))
    }
    const result: Record<string, SearchTypes.SearchFacetResult> = {}
    requests.forEach((request, i) => {
      if (request.type === "range") {
        const counts = request.ranges.map((_: unknown, r: number) => rows.find((row) => row.facet === `${i}:${r}`))
        result[request.field] = mapFacetResult(
          request,
          [Object.fromEntries(counts.map((row: any, r: number) => [`r${r}`, row?.count ?? 0]))]
        ) as SearchTypes.SearchFacetResult
        return
      }
      result[request.field] = mapFacetResult(
        request,
        rows.filter((row) => row.facet === String(i))
      ) as SearchTypes.SearchFacetResult
    })
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
      // ts_rank, not ts_rank_cd: half the cost per match (measured at 29,000 matches) and product
      // texts are too short for cover density to change the order much.
      rankSql: (params: unknown[]) => `ts_rank("search_vector", ${tsquery(params)})`,
      matchSql: (params: unknown[]) => `"search_vector" @@ ${tsquery(params)}`,
    }
  }
}

/**
 * What decides a search's result: the index table and its write version, the query text as the
 * planner reads it (case, accents and punctuation do not change the plan), filters, pagination and
 * options. Requests the planner does not handle keep their text as sent.
 */
function resultCacheKey(input: SearchTypes.ProviderSearchQuery, table: string, version: string): string {
  const options = input.search_options ?? {}
  const planned = !options.attributes_to_search_on?.length && !options.vector
  const q = input.q?.trim() ?? ""
  return JSON.stringify([
    table,
    version,
    planned ? normalizeText(q) : q,
    input.filters ?? null,
    input.pagination ?? null,
    options,
    input.attributes_to_retrieve ?? null,
    input.index.settings ?? null,
  ])
}

/** A copy of a stored result, with this request's own text, timing and how it was served. */
function servedFromCache(
  result: SearchTypes.SearchResult,
  input: SearchTypes.ProviderSearchQuery,
  started: number,
  served: "hit" | "shared"
): SearchTypes.SearchResult {
  const copy = structuredClone(result)
  copy.metadata = { ...copy.metadata, query: input.q, processing_time_ms: Date.now() - started }
  copy.provider_metadata = { ...copy.provider_metadata, cache: served }
  return copy
}
