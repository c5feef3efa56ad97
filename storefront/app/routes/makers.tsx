import { data, Form } from "react-router"
import { GeneralErrorBoundary } from "~/components/error-page"
import { MakerCard } from "~/components/maker-card"
import { Pagination } from "~/components/pagination"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { dictionary, useI18n } from "~/lib/i18n"
import { listMakers, MAKERS_PAGE_SIZE } from "~/lib/medusa/makers.server"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/makers"

export const headers = routeHeaders

/** The sixteen districts (kecamatan) of Semarang, where every maker of the exhibition is based. */
const SEMARANG_DISTRICTS = [
  "Banyumanik", "Candisari", "Gajahmungkur", "Gayamsari", "Genuk", "Gunungpati", "Mijen", "Ngaliyan",
  "Pedurungan", "Semarang Barat", "Semarang Selatan", "Semarang Tengah", "Semarang Timur", "Semarang Utara",
  "Tembalang", "Tugu",
]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const district = url.searchParams.get("district")?.trim().slice(0, 80) || undefined
  const sentra = url.searchParams.get("sentra")?.trim().slice(0, 80) || undefined
  const requested = Number(url.searchParams.get("page") ?? 1)
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1
  const found = await listMakers({ district, sentra, offset: (page - 1) * MAKERS_PAGE_SIZE })
  const sentras = new Set((found?.makers ?? []).map((m) => m.sentra).filter((v): v is string => Boolean(v)))
  if (sentra) sentras.add(sentra)
  return data(
    {
      makers: found?.makers ?? null,
      count: found?.count ?? 0,
      page,
      pages: Math.max(1, Math.ceil((found?.count ?? 0) / MAKERS_PAGE_SIZE)),
      district: district ?? "",
      sentra: sentra ?? "",
      districts: SEMARANG_DISTRICTS,
      sentras: [...sentras].sort(),
    },
    { headers: cacheHeaders("page") }
  )
}

export const meta: Route.MetaFunction = ({ location, matches }) => {
  const t = dictionary(langFromPath(location.pathname))
  return pageMeta({
    title: `${t.makers.title} — Gelar`,
    description: t.makers.description,
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
  })
}

export default function Makers({ loaderData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const { makers, count, page, pages, districts, sentras, district, sentra } = loaderData
  // A-Z groups by first letter, like the printed exhibition guide.
  const groups = new Map<string, NonNullable<typeof makers>>()
  for (const m of makers ?? []) {
    const letter = m.name.charAt(0).toUpperCase()
    groups.set(letter, [...(groups.get(letter) ?? []), m])
  }
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{t.makers.title}</h1>
      {makers === null ? (
        <p className="rounded-xl bg-white p-5 ring-1 ring-stone-200">{t.makers.unavailable}</p>
      ) : (
        <>
          <Form method="get" action={path("makers")} className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="district" className="block text-sm font-semibold text-nila">
                {t.makers.district}
              </label>
              <select id="district" name="district" defaultValue={district} className="mt-1 rounded-lg border border-stone-400 bg-white px-3 py-2">
                <option value="">{t.makers.all}</option>
                {districts.map((d) => (
                  <option key={d}>{d}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="sentra" className="block text-sm font-semibold text-nila">
                {t.makers.sentra}
              </label>
              <select id="sentra" name="sentra" defaultValue={sentra} className="mt-1 rounded-lg border border-stone-400 bg-white px-3 py-2">
                <option value="">{t.makers.all}</option>
                {sentras.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-lg bg-nila px-4 py-2 font-semibold text-white hover:bg-nila-soft">
              {t.makers.filter}
            </button>
          </Form>
          <p role="status" className="text-stone-700">
            {t.makers.count(count)}
          </p>
          {makers.length === 0 ? <p>{t.makers.empty}</p> : null}
          {groups.size > 1 ? (
            <nav aria-label="A–Z" className="flex flex-wrap gap-1">
              {[...groups.keys()].map((letter) => (
                <a key={letter} href={`#letter-${letter}`} className="rounded px-2 py-1 font-semibold text-nila ring-1 ring-nila/30 hover:bg-white">
                  {letter}
                </a>
              ))}
            </nav>
          ) : null}
          {[...groups.entries()].map(([letter, list]) => (
            <section key={letter} aria-labelledby={`letter-${letter}`}>
              <h2 id={`letter-${letter}`} className="mb-2 font-serif text-xl font-semibold text-soga-dark">
                {letter}
              </h2>
              <ul aria-labelledby={`letter-${letter}`} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {list.map((m) => (
                  <MakerCard key={m.id} maker={m} />
                ))}
              </ul>
            </section>
          ))}
          <Pagination
            page={page}
            pages={pages}
            hrefFor={(n) => {
              const qs = new URLSearchParams({ ...(district ? { district } : {}), ...(sentra ? { sentra } : {}), ...(n > 1 ? { page: String(n) } : {}) })
              return `${path("makers")}${qs.size ? `?${qs}` : ""}`
            }}
          />
        </>
      )}
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
