import { data, Link } from "react-router"
import { Countdown } from "~/components/countdown"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ParticipantList } from "~/components/maker-card"
import { ProductGrid } from "~/components/product-card"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { dictionary, formatDateRange, useI18n } from "~/lib/i18n"
import { homeExhibition } from "~/lib/medusa/exhibitions.server"
import { listProducts } from "~/lib/medusa/products.server"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/home"
import { featuredToCards } from "./home.server"
import { exhibitionJsonLd } from "./exhibition.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const [found, latest] = await Promise.all([
    homeExhibition(),
    listProducts({ offset: 0, limit: 8, order: "-created_at" }),
  ])
  const lang = langFromPath(new URL(request.url).pathname)
  return data(
    {
      exhibition: found?.exhibition ?? null,
      archived: found?.archived ?? false,
      featured: found ? featuredToCards(found.exhibition) : [],
      latest: latest.cards,
      now: new Date().toISOString(),
      jsonLd: found ? exhibitionJsonLd(found.exhibition, lang) : null,
    },
    { headers: cacheHeaders("page") }
  )
}

export const meta: Route.MetaFunction = ({ data, location, matches }) => {
  const t = dictionary(langFromPath(location.pathname))
  return pageMeta({
    title: t.home.title,
    description: t.home.description,
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
    image: data?.exhibition?.cover_image_url,
    jsonLd: [
      { "@context": "https://schema.org", "@type": "WebSite", name: "Gelar", url: baseUrlFrom(matches) + "/" },
      ...(data?.jsonLd ? [data.jsonLd] : []),
    ],
  })
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t, lang, path } = useI18n()
  const { exhibition, archived, featured, latest, now } = loaderData
  const notes = exhibition
    ? Object.fromEntries(exhibition.featured.map((f) => [f.product.id, lang === "id" ? f.note_id : f.note_en]))
    : {}
  return (
    <div className="space-y-12">
      {exhibition ? (
        <section aria-labelledby="exhibition-title" className="overflow-hidden rounded-2xl bg-white ring-1 ring-stone-200 md:grid md:grid-cols-2">
          {exhibition.cover_image_url ? (
            <img src={exhibition.cover_image_url} alt="" className="h-56 w-full object-cover md:h-full" />
          ) : (
            <div aria-hidden="true" className="kawung h-32 md:h-full" />
          )}
          <div className="space-y-3 p-6">
            {archived ? <p className="text-sm text-stone-700">{t.home.archiveNote}</p> : null}
            <h1 id="exhibition-title" className="font-serif text-3xl font-semibold text-nila">
              {lang === "id" ? exhibition.title_id : exhibition.title_en}
            </h1>
            <p className="text-stone-800">{formatDateRange(lang, exhibition.starts_at, exhibition.ends_at)}</p>
            {exhibition.venue ? (
              <p className="text-stone-800">
                {exhibition.venue}
                {exhibition.address ? `, ${exhibition.address}` : ""}
              </p>
            ) : null}
            <Countdown startsAt={exhibition.starts_at} endsAt={exhibition.ends_at} now={now} />
            <p>
              <Link to={path("exhibition", { handle: exhibition.handle })} className="font-semibold text-nila underline">
                {t.home.seeExhibition}
              </Link>
            </p>
          </div>
        </section>
      ) : (
        <section aria-labelledby="welcome-title" className="rounded-2xl bg-white p-6 ring-1 ring-stone-200">
          <h1 id="welcome-title" className="font-serif text-3xl font-semibold text-nila">
            {t.tagline}
          </h1>
          <p className="mt-2 text-stone-800">{t.home.noExhibition}</p>
        </section>
      )}

      {featured.length > 0 ? (
        <section aria-labelledby="featured-title">
          <h2 id="featured-title" className="mb-4 font-serif text-2xl font-semibold text-nila">
            {t.home.featured}
          </h2>
          <ProductGrid products={featured} labelledBy="featured-title" notes={notes} />
        </section>
      ) : latest.length > 0 ? (
        <section aria-labelledby="latest-title">
          <h2 id="latest-title" className="mb-4 font-serif text-2xl font-semibold text-nila">
            {t.catalogue.title}
          </h2>
          <ProductGrid products={latest} labelledBy="latest-title" />
        </section>
      ) : null}

      <p>
        <Link to={path("catalogue")} className="inline-block rounded-lg bg-soga px-5 py-2.5 font-semibold text-white hover:bg-soga-dark">
          {t.home.browseAll}
        </Link>
      </p>

      <ParticipantList heading={t.home.participants} participants={exhibition?.participants ?? []} />
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary

