import { Form, Link } from "react-router"
import { type Dictionary, useI18n } from "~/lib/i18n"
import { type CatalogueState, type FacetKey, SORTS } from "~/lib/facets"
import type { Facet } from "~/lib/types"

function valueLabel(t: Dictionary, facet: FacetKey, value: string, label?: string): string {
  if (label) return label
  if (facet === "technique" && value in t.technique) return t.technique[value as keyof Dictionary["technique"]].name
  if (facet === "dye" && value in t.dyeType) return t.dyeType[value as keyof Dictionary["dyeType"]]
  if (facet === "form" && value in t.form) return t.form[value as keyof Dictionary["form"]]
  if (facet === "maker") return value.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase())
  return value
}

/**
 * The catalogue's filter panel: a GET form, so every choice ends up in the URL and it works
 * without JavaScript. Facets list their values with the number of products holding each.
 */
export function CatalogueFilters({
  state,
  facets,
  action,
}: {
  state: CatalogueState
  facets: Facet[] | null
  action: string
}) {
  const { t } = useI18n()
  const sorts = facets ? SORTS : (["newest"] as const)
  return (
    <Form method="get" action={action} className="space-y-5" aria-label={t.catalogue.filters}>
      {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
      <div>
        <label htmlFor="sort" className="block text-sm font-semibold text-nila">
          {t.catalogue.sort}
        </label>
        <select
          id="sort"
          name="sort"
          defaultValue={state.sort}
          className="mt-1 w-full rounded-lg border border-stone-400 bg-white px-3 py-2"
        >
          {sorts
            .filter((s) => s !== "relevance" || state.q)
            .map((s) => (
              <option key={s} value={s}>
                {t.catalogue.sorts[s]}
              </option>
            ))}
        </select>
      </div>
      {facets ? (
        <>
          {facets
            .filter((f) => f.values.length > 0 || state.facets[f.name as FacetKey].length > 0)
            .map((f) => {
              const key = f.name as FacetKey
              // A selected value that no longer matches anything stays visible so it can be unticked.
              const values = [...f.values]
              for (const v of state.facets[key]) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 })
              return (
                <fieldset key={key}>
                  <legend className="text-sm font-semibold text-nila">{t.facets[key]}</legend>
                  <ul className="mt-1 space-y-1">
                    {values.map((v) => (
                      <li key={v.value}>
                        <label className="flex items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            name={key}
                            value={v.value}
                            defaultChecked={state.facets[key].includes(v.value)}
                            className="h-4 w-4 accent-soga"
                          />
                          <span>
                            {valueLabel(t, key, v.value, v.label)} <span className="text-stone-600">({v.count})</span>
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              )
            })}
          <fieldset>
            <legend className="text-sm font-semibold text-nila">{t.catalogue.price}</legend>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <PriceField name="min" label={t.catalogue.priceMin} value={state.min} />
              <PriceField name="max" label={t.catalogue.priceMax} value={state.max} />
            </div>
          </fieldset>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="stock" value="1" defaultChecked={state.inStock} className="h-4 w-4 accent-soga" />
            {t.catalogue.inStock}
          </label>
        </>
      ) : (
        <p className="text-sm text-stone-700">{t.catalogue.facetsUnavailable}</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-lg bg-nila px-4 py-2 font-semibold text-white hover:bg-nila-soft">
          {t.catalogue.apply}
        </button>
        <Link to={state.q ? `${action}?q=${encodeURIComponent(state.q)}` : action} className="text-sm text-nila underline">
          {t.catalogue.clear}
        </Link>
      </div>
    </Form>
  )
}

function PriceField({ name, label, value }: { name: "min" | "max"; label: string; value: number | null }) {
  return (
    <div>
      <label htmlFor={name} className="block text-xs text-stone-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        step={1000}
        defaultValue={value ?? ""}
        className="w-full rounded-lg border border-stone-400 bg-white px-2 py-1.5"
      />
    </div>
  )
}
