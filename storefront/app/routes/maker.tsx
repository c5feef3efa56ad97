import { data } from "react-router"
import { GeneralErrorBoundary } from "~/components/error-page"
import { DeferredProductSection } from "~/components/product-card"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { useI18n } from "~/lib/i18n"
import { getMaker } from "~/lib/medusa/makers.server"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/maker"
import { makerJsonLd, makerProducts } from "./maker.server"

export const headers = routeHeaders

export async function loader({ request, params }: Route.LoaderArgs) {
  const maker = await getMaker(params.handle)
  if (!maker) throw data(null, { status: 404 })
  const lang = langFromPath(new URL(request.url).pathname)
  return data(
    { maker, products: makerProducts(maker.handle), jsonLd: makerJsonLd(maker, lang) },
    { headers: cacheHeaders("page") }
  )
}

export const meta: Route.MetaFunction = ({ data, location, matches }) => {
  if (!data) return [{ title: "Gelar" }]
  const lang = langFromPath(location.pathname)
  const m = data.maker
  return pageMeta({
    title: `${m.name} — Gelar`,
    description: ((lang === "id" ? m.story_id : m.story_en) ?? [m.district, m.sentra].filter(Boolean).join(", ")).slice(0, 160),
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
    image: m.photos?.[0] ?? m.logo_url,
    type: "profile",
    jsonLd: data.jsonLd,
  })
}

export default function MakerPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, path } = useI18n()
  const { maker: m, products } = loaderData
  const story = lang === "id" ? m.story_id : m.story_en
  return (
    <article className="space-y-10">
      <header className="flex flex-wrap items-center gap-4">
        {m.logo_url ? <img src={m.logo_url} alt="" className="h-20 w-20 rounded-full object-cover" /> : null}
        <div>
          <h1 className="font-serif text-3xl font-semibold text-nila">{m.name}</h1>
          <p className="text-stone-700">
            {[m.size_class ? t.sizeClass[m.size_class] : null, m.district, m.sentra, m.founded_year ? t.makers.since(m.founded_year) : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        {m.booth ? (
          <p className="rounded-lg bg-malam px-3 py-2 font-semibold text-soga-dark">
            <a href={path("exhibition", { handle: m.booth.exhibition_handle })} className="underline">
              {t.makers.booth}
            </a>
            : {m.booth.booth_code}
          </p>
        ) : null}
      </header>

      {story ? (
        <section aria-labelledby="story-title">
          <h2 id="story-title" className="font-serif text-xl font-semibold text-nila">
            {t.makers.story}
          </h2>
          <p className="mt-2 max-w-prose whitespace-pre-line text-stone-800">{story}</p>
        </section>
      ) : null}

      {m.photos?.length ? (
        <ul className="flex snap-x gap-3 overflow-x-auto" aria-label={m.name}>
          {m.photos.map((src, i) => (
            <li key={src} className="w-72 shrink-0 snap-start">
              <img src={src} alt={`${m.name} — ${t.product.photo(i + 1)}`} loading="lazy" className="aspect-[4/3] w-full rounded-xl object-cover" />
            </li>
          ))}
        </ul>
      ) : null}

      {m.people?.length ? (
        <section aria-labelledby="people-title">
          <h2 id="people-title" className="font-serif text-xl font-semibold text-nila">
            {t.makers.people}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {m.people.map((p) => (
              <li key={p.name} className="rounded-xl bg-white p-4 ring-1 ring-stone-200">
                <p className="font-semibold">{p.name}</p>
                {p.role ? <p className="text-sm text-stone-700">{p.role}</p> : null}
                {(lang === "id" ? p.bio_id : p.bio_en) ? <p className="mt-1 text-sm">{lang === "id" ? p.bio_id : p.bio_en}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="contact-title">
        <h2 id="contact-title" className="font-serif text-xl font-semibold text-nila">
          {t.makers.contact}
        </h2>
        <ul className="mt-2 space-y-1 text-stone-800">
          {m.whatsapp ? (
            <li>
              WhatsApp: <a href={`https://wa.me/${m.whatsapp.replace(/\D/g, "")}`} className="text-nila underline">{m.whatsapp}</a>
            </li>
          ) : null}
          {m.phone ? (
            <li>
              <a href={`tel:${m.phone}`} className="text-nila underline">{m.phone}</a>
            </li>
          ) : null}
          {m.email ? (
            <li>
              <a href={`mailto:${m.email}`} className="text-nila underline">{m.email}</a>
            </li>
          ) : null}
          {m.pickup_address ? <li className="whitespace-pre-line">{m.pickup_address}</li> : null}
        </ul>
      </section>

      <DeferredProductSection id="works-title" heading={t.makers.works} products={products} />
    </article>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
