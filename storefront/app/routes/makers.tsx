import { data, Form } from "react-router"
import { GeneralErrorBoundary } from "~/components/error-page"
import { MakerCard } from "~/components/maker-card"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { dictionary, useI18n } from "~/lib/i18n"
import { listMakers } from "~/lib/medusa/makers.server"
import { langFromPath } from "~/lib/paths"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { Route } from "./+types/makers"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const district = url.searchParams.get("district")?.trim().slice(0, 80) || undefined
  const sentra = url.searchParams.get("sentra")?.trim().slice(0, 80) || undefined
  // The filter choices come from the unfiltered list, so choosing one never hides the others.
  const [all, filtered] = await Promise.all([
    listMakers({ limit: 500 }),
    district || sentra ? listMakers({ district, sentra, limit: 500 }) : undefined,
  ])
  const makers = (filtered ?? all)?.makers ?? null
  const distinct = (key: "district" | "sentra") =>
    [...new Set((all?.makers ?? []).map((m) => m[key]).filter((v): v is string => Boolean(v)))].sort()
  return data(
    { makers, district: district ?? "", sentra: sentra ?? "", districts: distinct("district"), sentras: distinct("sentra") },
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
  const { makers, districts, sentras, district, sentra } = loaderData
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
            {t.makers.count(makers.length)}
          </p>
          {makers.length === 0 ? <p>{t.makers.empty}</p> : null}
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
        </>
      )}
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
