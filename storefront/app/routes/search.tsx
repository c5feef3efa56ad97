import { CatalogueView } from "~/components/catalogue-view"
import { GeneralErrorBoundary } from "~/components/error-page"
import { routeHeaders } from "~/lib/cache"
import { dictionary, useI18n } from "~/lib/i18n"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/search"
import { loadCatalogue } from "./catalogue.server"
import { featuredCards } from "./home.server"
import { data } from "react-router"
import { cacheHeaders } from "~/lib/cache"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const page = await loadCatalogue(request)
  // The organisers' picks only matter when nothing matched; they load after the results.
  const fallback = page.count === 0 ? featuredCards() : undefined
  return data({ ...page, fallback }, { headers: cacheHeaders("catalogue") })
}

export const meta: Route.MetaFunction = ({ data, location, matches }) => {
  const t = dictionary(langFromPath(location.pathname))
  const q = data?.state.q
  return pageMeta({
    title: `${q ? t.search.resultsFor(q) : t.search.title} — Gelar`,
    description: t.search.description,
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
    search: data?.canonicalSearch,
    // Result pages of arbitrary queries are thin content for search engines.
    noindex: true,
  })
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const q = loaderData.state.q
  return (
    <CatalogueView heading={q ? t.search.resultsFor(q) : t.search.title} action={path("search")} {...loaderData} />
  )
}

export const ErrorBoundary = GeneralErrorBoundary
