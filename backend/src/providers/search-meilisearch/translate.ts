import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { meilisearchSynonyms } from "../../lib/search/synonyms"

/**
 * Pure translation between the Search Module's vocabulary and Meilisearch's, kept apart from the
 * client so the contract test can pin every setting and request.
 */

type FieldMap = Map<string, SearchTypes.SearchFieldDefinition>

/** Prefix of the hidden numeric copies of date fields: Meilisearch filters and sorts numbers only. */
export const DATE_SHADOW_PREFIX = "_ts_"

export function flattenFields(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): FieldMap {
  const out: FieldMap = new Map()
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) {
      for (const [p, f] of flattenFields(field.fields, path)) {
        out.set(p, f)
      }
      continue
    }
    out.set(path, field)
  }
  return out
}

const isSearchable = (f: SearchTypes.SearchFieldDefinition) => f.searchable === true || typeof f.searchable === "object"
const isFacetable = (f: SearchTypes.SearchFieldDefinition) => f.facetable === true || typeof f.facetable === "object"
const weightOf = (f: SearchTypes.SearchFieldDefinition) =>
  typeof f.searchable === "object" ? f.searchable.weight ?? 1 : 1

/** The attribute Meilisearch filters or sorts on for a field path (a date's numeric shadow). */
export function engineAttribute(path: string, fields: FieldMap): string {
  return fields.get(path)?.type === "date" ? `${DATE_SHADOW_PREFIX}${path.replace(/\./g, "_")}` : path
}

/**
 * The index settings for a definition: searchable attributes ordered by weight (Meilisearch ranks
 * earlier attributes higher), filterable and sortable attributes, typo tolerance, the shop's synonym
 * list, and ranking rules that put relevance before any requested sort.
 */
export function meilisearchSettings(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  const fields = flattenFields(definition.fields)
  const searchable = [...fields]
    .filter(([, f]) => isSearchable(f))
    // Stable: equal weights keep their declaration order.
    .map(([path, f], order) => ({ path, weight: weightOf(f), order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((s) => s.path)
  const filterable = [...fields]
    .filter(([, f]) => f.filterable || isFacetable(f))
    .map(([path]) => engineAttribute(path, fields))
  const sortable = [...fields].filter(([, f]) => f.sortable).map(([path]) => engineAttribute(path, fields))
  const typo = definition.settings?.typo_tolerance
  return {
    searchableAttributes: searchable,
    filterableAttributes: filterable,
    sortableAttributes: sortable,
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo?.min_word_size_for_one_typo ?? 4,
        twoTypos: typo?.min_word_size_for_two_typos ?? 8,
      },
    },
    synonyms: meilisearchSynonyms(),
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 10_000 },
    ...(definition.settings?.distinct_attribute
      ? { distinctAttribute: definition.settings.distinct_attribute }
      : {}),
  }
}

/** A document as Meilisearch stores it: date fields get a numeric shadow for filters and sorts. */
export function toEngineDocument(
  document: SearchTypes.SearchDocument,
  fields: FieldMap
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...document }
  for (const [path, field] of fields) {
    if (field.type !== "date") {
      continue
    }
    const value = path.split(".").reduce<any>((acc, key) => (acc == null ? undefined : acc[key]), document)
    const time = value == null ? NaN : new Date(value as string).getTime()
    if (!Number.isNaN(time)) {
      out[engineAttribute(path, fields)] = time
    }
  }
  return out
}

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * A value as a Meilisearch filter literal. Strings are always quoted with `"` and `\` escaped, so a
 * value can never close the quote and add syntax of its own.
 */
export function filterLiteral(value: unknown, path: string): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      fail(`The filter on "${path}" needs a finite number`)
    }
    return String(value)
  }
  if (typeof value === "boolean") {
    return String(value)
  }
  if (value instanceof Date) {
    return String(value.getTime())
  }
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const COMPARISONS: Record<string, string> = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=", $eq: "=", $ne: "!=" }

/** Compiles the Search Module's filter tree into a Meilisearch filter expression. */
export function compileFilter(filters: SearchTypes.SearchFilters | undefined, fields: FieldMap): string | undefined {
  if (!filters) {
    return undefined
  }
  const compile = (branch: Record<string, any>): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) {
        continue
      }
      if (key === "$and" || key === "$or") {
        const nested = (value as any[]).map(compile).filter(Boolean)
        if (nested.length) {
          parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value)
        if (nested) {
          parts.push(`NOT (${nested})`)
        }
        continue
      }
      parts.push(fieldFilter(key, value, fields))
    }
    return parts.join(" AND ")
  }
  return compile(filters as Record<string, any>) || undefined
}

function fieldFilter(path: string, value: any, fields: FieldMap): string {
  if (!fields.has(path) || !/^[A-Za-z0-9_.]+$/.test(path)) {
    fail(`Unknown field "${path}" used in filters`)
  }
  const attr = engineAttribute(path, fields)
  const isDate = fields.get(path)!.type === "date"
  const lit = (v: unknown) => filterLiteral(isDate && typeof v === "string" ? new Date(v) : v, path)
  if (value === null) {
    return `${attr} IS NULL`
  }
  if (Array.isArray(value)) {
    return `${attr} IN [${value.map(lit).join(", ")}]`
  }
  if (typeof value !== "object" || value instanceof Date) {
    return `${attr} = ${lit(value)}`
  }
  const parts: string[] = []
  for (const [op, operand] of Object.entries(value)) {
    if (operand === undefined) {
      continue
    }
    if (op in COMPARISONS) {
      parts.push(operand === null ? `${attr} ${op === "$ne" ? "IS NOT NULL" : "IS NULL"}` : `${attr} ${COMPARISONS[op]} ${lit(operand)}`)
    } else if (op === "$in" || op === "$overlaps") {
      parts.push(`${attr} IN [${(operand as unknown[]).map(lit).join(", ")}]`)
    } else if (op === "$nin") {
      parts.push(`${attr} NOT IN [${(operand as unknown[]).map(lit).join(", ")}]`)
    } else if (op === "$contains") {
      const all = Array.isArray(operand) ? operand : [operand]
      parts.push(`(${all.map((v) => `${attr} = ${lit(v)}`).join(" AND ")})`)
    } else if (op === "$exists") {
      parts.push(operand ? `${attr} EXISTS` : `${attr} NOT EXISTS`)
    } else {
      // $prefix and $like have no Meilisearch equivalent: refuse rather than answer wrongly.
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Meilisearch cannot filter "${path}" with ${op}`)
    }
  }
  return parts.length > 1 ? `(${parts.join(" AND ")})` : parts[0]
}

const MATCHING: Record<string, string> = { all: "all", any: "frequency", last: "last" }

/** One Meilisearch query of a multi-search, tagged with what it answers. */
export type PlannedQuery = {
  kind: "main" | "range"
  input: number
  facet?: string
  range?: number
  query: Record<string, unknown>
}

/**
 * The multi-search queries answering the module's queries: one per query, plus one per requested
 * range of a range facet (Meilisearch has value facets only; a range is counted by filtering on it).
 */
export function planSearches(inputs: SearchTypes.ProviderSearchQuery[]): PlannedQuery[] {
  const planned: PlannedQuery[] = []
  inputs.forEach((input, i) => {
    const fields = flattenFields(input.index.fields)
    const filter = compileFilter(input.filters, fields)
    const facets = (input.search_options?.facets ?? []).map((f) =>
      typeof f === "string" ? ({ field: f, type: "value" } as const) : f
    )
    const valueFacets = facets.filter((f) => (f.type ?? "value") !== "range").map((f) => f.field)
    const order = Object.entries(input.pagination?.order ?? {}).filter(([path]) => path !== "_score")
    const take = input.pagination?.take ?? 20
    const base = {
      indexUid: input.index.physical_name,
      q: input.q ?? "",
      ...(input.search_options?.match_strategy ? { matchingStrategy: MATCHING[input.search_options.match_strategy] } : {}),
    }
    planned.push({
      kind: "main",
      input: i,
      query: {
        ...base,
        ...(filter ? { filter } : {}),
        ...(valueFacets.length ? { facets: valueFacets } : {}),
        ...(order.length
          ? { sort: order.map(([path, dir]) => `${engineAttribute(path, fields)}:${dir === "ASC" ? "asc" : "desc"}`) }
          : {}),
        offset: input.pagination?.skip ?? 0,
        limit: take,
        attributesToRetrieve: [...new Set([input.index.primary_key, ...input.attributes_to_retrieve])],
      },
    })
    for (const facet of facets) {
      if (facet.type !== "range") {
        continue
      }
      facet.ranges.forEach((range, r) => {
        const attr = engineAttribute(facet.field, fields)
        const bounds = [
          range.from !== undefined ? `${attr} >= ${filterLiteral(Number(range.from), facet.field)}` : undefined,
          range.to !== undefined ? `${attr} < ${filterLiteral(Number(range.to), facet.field)}` : undefined,
        ].filter(Boolean)
        const rangeFilter = [filter ? `(${filter})` : undefined, ...bounds].filter(Boolean).join(" AND ")
        planned.push({
          kind: "range",
          input: i,
          facet: facet.field,
          range: r,
          // Page-based pagination makes Meilisearch count exhaustively (`totalHits`).
          query: { ...base, ...(rangeFilter ? { filter: rangeFilter } : {}), hitsPerPage: 0, page: 1 },
        })
      })
    }
  })
  return planned
}

function project(document: Record<string, any>, paths: string[]): Record<string, unknown> {
  const out: Record<string, any> = {}
  for (const path of paths) {
    const keys = path.split(".")
    let value: any = document
    for (const key of keys) {
      value = value == null ? undefined : value[key]
    }
    if (value === undefined) {
      continue
    }
    let target = out
    keys.slice(0, -1).forEach((key) => {
      target[key] = target[key] ?? {}
      target = target[key]
    })
    target[keys[keys.length - 1]] = value
  }
  return out
}

/** Turns the multi-search answers back into one Search Module result per query. */
export function buildResults(
  inputs: SearchTypes.ProviderSearchQuery[],
  planned: PlannedQuery[],
  responses: any[]
): SearchTypes.SearchResult[] {
  return inputs.map((input, i) => {
    const mainAt = planned.findIndex((p) => p.kind === "main" && p.input === i)
    const main = responses[mainAt]
    const facets: Record<string, any> = {}
    for (const request of input.search_options?.facets ?? []) {
      const facet = typeof request === "string" ? { field: request, type: "value" as const } : request
      if (facet.type === "range") {
        facets[facet.field] = {
          type: "range",
          ranges: facet.ranges.map((range, r) => {
            const at = planned.findIndex((p) => p.kind === "range" && p.input === i && p.facet === facet.field && p.range === r)
            return {
              key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
              from: range.from,
              to: range.to,
              count: Number(responses[at]?.totalHits ?? 0),
            }
          }),
        }
        continue
      }
      const distribution: Record<string, number> = main?.facetDistribution?.[facet.field] ?? {}
      const limit = "limit" in facet && facet.limit ? facet.limit : 10
      const sortAlpha = "sort" in facet && facet.sort === "alpha"
      facets[facet.field] = {
        type: "value",
        values: Object.entries(distribution)
          .map(([value, count]) => ({ value, count: Number(count) }))
          .sort((a, b) => (sortAlpha ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
          .slice(0, limit),
      }
    }
    const primaryKey = input.index.primary_key
    return {
      hits: (main?.hits ?? []).map((hit: any) => ({
        id: String(hit[primaryKey]),
        document: project(hit, input.attributes_to_retrieve),
      })),
      facets: Object.keys(facets).length ? facets : undefined,
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: input.pagination?.take ?? 20,
        count: input.search_options?.count === "none" ? null : Number(main?.estimatedTotalHits ?? main?.totalHits ?? 0),
        query: input.q,
        processing_time_ms: Number(main?.processingTimeMs ?? 0),
      },
    } as SearchTypes.SearchResult
  })
}
