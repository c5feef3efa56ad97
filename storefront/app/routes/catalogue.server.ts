import { data } from "react-router"
import { cacheHeaders } from "~/lib/cache"
import { type CatalogueState, PAGE_SIZE, parseCatalogueParams, serializeCatalogueState } from "~/lib/facets"
import { makerNames } from "~/lib/medusa/makers.server"
import { listProducts } from "~/lib/medusa/products.server"
import { searchProducts } from "~/lib/medusa/search.server"
import type { Facet, ProductCard } from "~/lib/types"

export interface CatalogueData {
  state: CatalogueState
  /** The canonical query string of the state, for canonical links. */
  canonicalSearch: string
  cards: ProductCard[]
  count: number
  pages: number
  /** Null when only the plain product list answered: the page hides the facets it cannot count. */
  facets: Facet[] | null
}

/**
 * Loads one page of the catalogue for a URL: from the search index when the backend has one,
 * else from the product list (text search and newest first only).
 */
export async function loadCatalogue(request: Request): Promise<CatalogueData> {
  const url = new URL(request.url)
  const state = parseCatalogueParams(url.searchParams)
  const found = await searchProducts(state)
  const page = found ?? {
    ...(await listProducts({ q: state.q, offset: (state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE })),
    facets: null,
  }
  const qs = serializeCatalogueState(state).toString()
  return {
    state,
    canonicalSearch: qs ? `?${qs}` : "",
    cards: page.cards,
    count: page.count,
    pages: Math.max(1, Math.ceil(page.count / PAGE_SIZE)),
    facets: page.facets && (await withMakerNames(page.facets)),
  }
}

/** The maker facet counts handles; shoppers read names (the handle stays the form value). */
async function withMakerNames(facets: Facet[]): Promise<Facet[]> {
  const handles = facets.find((f) => f.name === "maker")?.values.map((v) => v.value) ?? []
  const names = await makerNames([...handles].sort())
  return facets.map((f) =>
    f.name === "maker" ? { ...f, values: f.values.map((v) => ({ ...v, label: names[v.value] ?? v.label })) } : f
  )
}

/** The catalogue loader's response: cacheable, since it depends on the URL alone. */
export async function catalogueResponse(request: Request) {
  return data(await loadCatalogue(request), { headers: cacheHeaders("catalogue") })
}
