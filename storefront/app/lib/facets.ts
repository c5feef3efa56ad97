/** The multi-valued facets of the catalogue, in the order the filter panel shows them. */
export const FACET_KEYS = ["technique", "motif", "dye", "fabric", "form", "maker"] as const
export type FacetKey = (typeof FACET_KEYS)[number]

export const SORTS = ["relevance", "newest", "price-asc", "price-desc"] as const
export type Sort = (typeof SORTS)[number]

/** Products per catalogue page. */
export const PAGE_SIZE = 24
const MAX_PAGE = 1000

/** Everything that selects a page of the catalogue; it lives in the URL and nowhere else. */
export interface CatalogueState {
  q: string
  facets: Record<FacetKey, string[]>
  min: number | null
  max: number | null
  inStock: boolean
  sort: Sort
  page: number
}

// Plain checks rather than zod: this module ships to the browser with the filter panel.
function amount(raw: string | null): number | null {
  if (raw === null) return null
  const digits = raw.trim().replace(/\./g, "")
  if (!/^\d{1,10}$/.test(digits)) return null
  return Number(digits)
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw)
}

/**
 * Reads the catalogue state from a query string. Unknown or malformed values are dropped rather
 * than refused: a shared link with a stale filter still opens the catalogue.
 */
export function parseCatalogueParams(params: URLSearchParams): CatalogueState {
  const facets = {} as Record<FacetKey, string[]>
  for (const key of FACET_KEYS) {
    const values = params
      .getAll(key)
      .map((v) => v.trim())
      .filter((v) => v.length > 0 && v.length <= 80)
    facets[key] = [...new Set(values)].sort()
  }
  let min = amount(params.get("min"))
  let max = amount(params.get("max"))
  if (min !== null && max !== null && min > max) [min, max] = [max, min]
  const q = (params.get("q") ?? "").trim().slice(0, 200)
  const page = Number(params.get("page") ?? 1)
  return {
    q,
    facets,
    min,
    max,
    inStock: params.get("stock") === "1",
    sort: oneOf(SORTS, params.get("sort")) ?? (q ? "relevance" : "newest"),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

/**
 * Writes the state back as a canonical query string (defaults left out, values sorted), so equal
 * selections share one URL, one cache entry and one canonical link.
 */
export function serializeCatalogueState(state: CatalogueState): URLSearchParams {
  const out = new URLSearchParams()
  if (state.q) out.set("q", state.q)
  for (const key of FACET_KEYS) for (const v of [...state.facets[key]].sort()) out.append(key, v)
  if (state.min !== null) out.set("min", String(state.min))
  if (state.max !== null) out.set("max", String(state.max))
  if (state.inStock) out.set("stock", "1")
  const defaultSort: Sort = state.q ? "relevance" : "newest"
  if (state.sort !== defaultSort) out.set("sort", state.sort)
  if (state.page > 1) out.set("page", String(state.page))
  return out
}

/** The query string of the state with some fields changed (a page link, a removed filter). */
export function withState(state: CatalogueState, change: Partial<CatalogueState>): string {
  const qs = serializeCatalogueState({ ...state, ...change }).toString()
  return qs ? `?${qs}` : ""
}

/** True when anything narrows the catalogue beyond the default listing. */
export function isFiltered(state: CatalogueState): boolean {
  return (
    FACET_KEYS.some((k) => state.facets[k].length > 0) || state.min !== null || state.max !== null || state.inStock
  )
}
