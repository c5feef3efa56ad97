import { data, Link } from "react-router"
import { Countdown } from "~/components/countdown"
import { GeneralErrorBoundary } from "~/components/error-page"
import { ParticipantList } from "~/components/maker-card"
import { ProductGrid } from "~/components/product-card"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { formatDateRange, useI18n } from "~/lib/i18n"
import { getExhibition } from "~/lib/medusa/exhibitions.server"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/exhibition"
import { exhibitionJsonLd } from "./exhibition.server"
import { featuredToCards } from "./home.server"

export const headers = routeHeaders

export async function loader({ request, params }: Route.LoaderArgs) {
  const exhibition = await getExhibition(params.handle)
  if (!exhibition) throw data(null, { status: 404 })
  const lang = langFromPath(new URL(request.url).pathname)
  return data(
    {
      exhibition,
      featured: featuredToCards(exhibition),
      now: new Date().toISOString(),
      jsonLd: exhibitionJsonLd(exhibition, lang),
    },
    { headers: cacheHeaders("page") }
  )
}

export const meta: Route.MetaFunction = ({ data, location, matches }) => {
  if (!data) return [{ title: "Gelar" }]
  const lang = langFromPath(location.pathname)
  const e = data.exhibition
  return pageMeta({
    title: `${lang === "id" ? e.title_id : e.title_en} — Gelar`,
    description: (lang === "id" ? e.description_id : e.description_en) ?? e.venue ?? "",
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
    image: e.cover_image_url,
    jsonLd: data.jsonLd,
  })
}

export default function ExhibitionPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, path } = useI18n()
  const { exhibition: e, featured, now } = loaderData
  const notes = Object.fromEntries(e.featured.map((f) => [f.product.id, lang === "id" ? f.note_id : f.note_en]))
  const description = lang === "id" ? e.description_id : e.description_en
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-semibold text-nila">{lang === "id" ? e.title_id : e.title_en}</h1>
        <Countdown startsAt={e.starts_at} endsAt={e.ends_at} now={now} />
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t.exhibition.dates}</dt>
          <dd>{formatDateRange(lang, e.starts_at, e.ends_at)}</dd>
          {e.venue ? (
            <>
              <dt className="font-semibold">{t.exhibition.venue}</dt>
              <dd>
                {e.venue}
                {e.address ? `, ${e.address}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        {description ? <p className="max-w-prose whitespace-pre-line text-stone-800">{description}</p> : null}
      </header>
      {e.cover_image_url ? <img src={e.cover_image_url} alt="" className="max-h-96 w-full rounded-2xl object-cover" /> : null}
      {featured.length > 0 ? (
        <section aria-labelledby="featured-title">
          <h2 id="featured-title" className="mb-4 font-serif text-2xl font-semibold text-nila">
            {t.exhibition.featured}
          </h2>
          <ProductGrid products={featured} labelledBy="featured-title" notes={notes} />
        </section>
      ) : null}
      <ParticipantList heading={t.exhibition.participants} participants={e.participants} />
      <p>
        <Link to={path("catalogue")} className="font-semibold text-nila underline">
          {t.home.browseAll}
        </Link>
      </p>
    </article>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
