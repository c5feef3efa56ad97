import type { SearchResult } from "@medusajs/types"
import { type CatalogueState, FACET_KEYS, type FacetKey, PAGE_SIZE } from "../facets"
import type { Facet, ProductCard, Technique } from "../types"
import { hasStatus, optional, sdk } from "./client.server"
import { memo } from "./memo.server"

/**
 * The product index's field for each facet of the URL (issue 4 defines the index). Kept in one
 * place so that a renamed index field is one edit here.
 */
export const SEARCH_FIELDS: Record<FacetKey, string> = {
  technique: "technique",
  motif: "motifs",
  dye: "dye_type",
  fabric: "fabric",
  form: "form",
  maker: "maker.handle",
}

const HIT_FIELDS = ["id", "title", "title_en", "handle", "thumbnail", "price", "maker.handle", "maker.name", "technique", "in_stock"]

type HitDocument = {
  title?: string
  title_en?: string | null
  handle?: string
  thumbnail?: string | null
  price?: number | null
  maker?: { handle?: string; name?: string } | null
  technique?: Technique | null
  in_stock?: boolean
}

const ORDER: Record<CatalogueState["sort"], Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: undefined,
  newest: { created_at: "DESC" },
  "price-asc": { price: "ASC" },
  "price-desc": { price: "DESC" },
}

function toCard(id: string, d: HitDocument): ProductCard {
  return {
    id,
    handle: d.handle ?? "",
    title: d.title ?? "",
    title_en: d.title_en ?? null,
    thumbnail: d.thumbnail ?? null,
    price: typeof d.price === "number" ? d.price : null,
    in_stock: d.in_stock !== false,
    maker: d.maker?.handle && d.maker.name ? { handle: d.maker.handle, name: d.maker.name } : null,
    technique: d.technique ?? null,
  }
}

let warned = false

/**
 * A search that the backend cannot answer (no product index yet: 404; an index without a field this
 * request names: 400) falls back to the plain product list rather than failing the page, and says
 * so once in the server log so the mismatch does not go unnoticed.
 */
async function searchOrFallback<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await optional(fn)
  } catch (error) {
    if (!hasStatus(error, 400)) throw error
    if (!warned) console.warn(`/store/search refused the storefront's request: ${(error as Error).message}`)
    warned = true
    return undefined
  }
}

/** Builds the `/store/search` request for a catalogue state (exported for tests). */
export function searchRequest(state: CatalogueState, opts: { take?: number; facets?: boolean } = {}) {
  const filters: Record<string, unknown> = {}
  if (state.q) filters.q = state.q
  for (const key of FACET_KEYS) {
    if (state.facets[key].length) filters[SEARCH_FIELDS[key]] = { $in: state.facets[key] }
  }
  if (state.min !== null || state.max !== null) {
    filters.price = {
      ...(state.min !== null ? { $gte: state.min } : {}),
      ...(state.max !== null ? { $lte: state.max } : {}),
    }
  }
  if (state.inStock) filters.in_stock = true
  const take = opts.take ?? PAGE_SIZE
  return {
    entity: "product",
    fields: HIT_FIELDS,
    filters,
    pagination: { skip: (state.page - 1) * take, take, order: ORDER[state.sort] },
    search_options: {
      // Shoppers misspell; issue 4 makes the typo path index-backed.
      typo_tolerance: Boolean(state.q),
      count: "exact" as const,
      ...(opts.facets === false
        ? {}
        : {
            facets: FACET_KEYS.map((k) => ({ field: SEARCH_FIELDS[k], limit: 30, sort: "count" as const })),
            // Counts of a facet ignore its own selection, so a shopper can pick a second technique.
            disjunctive_facets: true,
          }),
    },
  }
}

export interface SearchPage {
  cards: ProductCard[]
  count: number
  facets: Facet[]
}

/**
 * A page of the catalogue from the search index, with facet counts; undefined while the backend
 * exposes no product index (the catalogue then falls back to the plain product list).
 */
export const searchProducts = memo("search", 5_000, async function searchProducts(
  state: CatalogueState,
  opts: { take?: number; facets?: boolean } = {}
): Promise<SearchPage | undefined> {
  const response = await searchOrFallback(() =>
    sdk.client.fetch<{ results: SearchResult<HitDocument>[] }>("/store/search", {
      method: "POST",
      body: searchRequest(state, opts),
    })
  )
  const result = response?.results[0]
  if (!result) return undefined
  const facets: Facet[] = FACET_KEYS.map((key) => {
    const f = result.facets?.[SEARCH_FIELDS[key]]
    return { name: key, values: f?.type === "value" ? f.values.filter((v) => v.value !== "") : [] }
  })
  return {
    cards: result.hits.map((h) => toCard(h.id, h.document)),
    count: result.metadata.count ?? result.hits.length,
    facets,
  }
})

/** Up to six product titles for what a shopper is typing, or none when search is unavailable. */
export const suggestProducts = memo("suggest", 30_000, async function suggestProducts(
  q: string
): Promise<{ title: string; title_en: string | null; handle: string }[]> {
  const response = await searchOrFallback(() =>
    sdk.client.fetch<{ results: SearchResult<HitDocument>[] }>("/store/search", {
      method: "POST",
      body: {
        entity: "product",
        fields: ["id", "title", "title_en", "handle"],
        filters: { q },
        pagination: { take: 6 },
        search_options: { typo_tolerance: true, match_strategy: "last", count: "none" },
      },
    })
  )
  return (response?.results[0]?.hits ?? []).map((h) => ({
    title: h.document.title ?? "",
    title_en: h.document.title_en ?? null,
    handle: h.document.handle ?? "",
  }))
})
