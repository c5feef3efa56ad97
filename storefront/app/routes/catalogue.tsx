import { CatalogueView } from "~/components/catalogue-view"
import { GeneralErrorBoundary } from "~/components/error-page"
import { routeHeaders } from "~/lib/cache"
import { dictionary, useI18n } from "~/lib/i18n"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/catalogue"
import { catalogueResponse } from "./catalogue.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  return catalogueResponse(request)
}

export const meta: Route.MetaFunction = ({ data, location, matches }) => {
  const t = dictionary(langFromPath(location.pathname))
  return pageMeta({
    title: `${t.catalogue.title} — Gelar`,
    description: t.catalogue.description,
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
    search: data?.canonicalSearch,
  })
}

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  return <CatalogueView heading={t.catalogue.title} action={path("catalogue")} {...loaderData} />
}

export const ErrorBoundary = GeneralErrorBoundary
