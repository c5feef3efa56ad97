import { type CatalogueState, isFiltered, withState } from "~/lib/facets"
import { useI18n } from "~/lib/i18n"
import type { Facet, ProductCard } from "~/lib/types"
import { CatalogueFilters } from "./catalogue-filters"
import { Pagination } from "./pagination"
import { DeferredProductSection, ProductGrid } from "./product-card"

/** The catalogue and the search results: filters beside a grid of results, count and pages. */
export function CatalogueView({
  heading,
  action,
  state,
  cards,
  count,
  pages,
  facets,
  fallback,
}: {
  heading: string
  action: string
  state: CatalogueState
  cards: ProductCard[]
  count: number
  pages: number
  facets: Facet[] | null
  /** Shown when nothing matches (the organisers' picks), loaded after the page. */
  fallback?: Promise<ProductCard[]>
}) {
  const { t } = useI18n()
  const activeFilters =
    Object.values(state.facets).reduce((n, v) => n + v.length, 0) + (state.min !== null ? 1 : 0) + (state.max !== null ? 1 : 0) + (state.inStock ? 1 : 0)
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr] md:gap-8">
      <aside aria-labelledby="filters-heading">
        {/* Folded on phones so results come first (native <details>, no script); always open from md up (app.css). */}
        <details className="filters-panel rounded-xl bg-white p-4 ring-1 ring-stone-200 md:bg-transparent md:p-0 md:ring-0">
          <summary className="cursor-pointer font-serif text-lg font-semibold text-nila md:pointer-events-none md:list-none">
            <span id="filters-heading">{t.catalogue.filters}</span>
            {activeFilters > 0 ? <span className="ml-2 text-sm font-normal text-stone-700">({activeFilters})</span> : null}
          </summary>
          <div className="mt-4 md:mt-0">
            <CatalogueFilters state={state} facets={facets} action={action} />
          </div>
        </details>
      </aside>
      <section aria-labelledby="results-heading">
        <h1 id="results-heading" className="font-serif text-3xl font-semibold text-nila">
          {heading}
        </h1>
        <p role="status" className="mt-1 text-stone-700">
          {t.catalogue.results(count)}
        </p>
        {cards.length > 0 ? (
          <div className="mt-5">
            <ProductGrid products={cards} labelledBy="results-heading" />
          </div>
        ) : (
          <div className="mt-6 rounded-xl bg-white p-5 ring-1 ring-stone-200">
            <p className="font-semibold">{t.catalogue.empty}</p>
            {isFiltered(state) || state.q ? <p className="mt-1 text-stone-700">{t.catalogue.emptyHint}</p> : null}
          </div>
        )}
        <Pagination page={state.page} pages={pages} hrefFor={(page) => action + withState(state, { page })} />
        {cards.length === 0 && fallback ? (
          <DeferredProductSection id="fallback-heading" heading={t.home.featured} products={fallback} className="mt-10" />
        ) : null}
      </section>
    </div>
  )
}
