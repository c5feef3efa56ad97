import { Suspense } from "react"
import { Await, data, Link } from "react-router"
import { BatikmarkBadge } from "~/components/batikmark-badge"
import { GeneralErrorBoundary } from "~/components/error-page"
import { MakerCard } from "~/components/maker-card"
import { Price } from "~/components/price"
import { DeferredProductSection } from "~/components/product-card"
import { StockBadge } from "~/components/stock-badge"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { useI18n } from "~/lib/i18n"
import { getProductByHandle, lowestPrice, variantInStock } from "~/lib/medusa/products.server"
import { langFromPath } from "~/lib/paths"
import { inLanguage } from "~/lib/types"
import { baseUrlFrom, pageMeta } from "~/lib/seo"
import type { RouteHandle } from "~/root"
import type { Route } from "./+types/product"
import { makerProfile, productJsonLd, relatedByMaker, stockOf } from "./product.server"

export const headers = routeHeaders

// The product page is where shoppers land from search engines and shared links, mostly on phones:
// it is served as plain HTML (its links and forms work without scripts) instead of loading the
// ~118 kB gzip of React and React Router it would need to hydrate. Deferred parts still stream in.
export const handle: RouteHandle = { hydrate: false }

export async function loader({ request, params }: Route.LoaderArgs) {
  const product = await getProductByHandle(params.handle)
  if (!product) throw data(null, { status: 404 })
  const lang = langFromPath(new URL(request.url).pathname)
  const maker = product.maker ?? null
  return data(
    {
      product: {
        id: product.id,
        handle: product.handle,
        // English pages show the English texts (product metadata), Indonesian when there are none.
        title: inLanguage(lang, product.title, product.metadata?.title_en),
        subtitle: product.subtitle ?? null,
        description: inLanguage(lang, product.description ?? null, product.metadata?.description_en),
        thumbnail: product.thumbnail ?? null,
        images: (product.images ?? []).map((i) => i.url),
        price: lowestPrice(product),
        variants: (product.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? "", inStock: variantInStock(v) })),
        attributes: product.batik_attributes ?? null,
        stock: stockOf(product),
      },
      maker: maker ? { id: maker.id, handle: maker.handle, name: maker.name, district: maker.district ?? null, sentra: maker.sentra ?? null, logo_url: maker.logo_url ?? null } : null,
      // The booth and related pieces are extras: they stream in after the page and never fail it.
      profile: maker ? makerProfile(maker.handle) : null,
      related: maker ? relatedByMaker(maker.handle, product.id).catch(() => []) : null,
      jsonLd: productJsonLd(product, lang),
    },
    { headers: cacheHeaders("catalogue") }
  )
}

export const meta: Route.MetaFunction = ({ data, location, matches }) => {
  if (!data) return [{ title: "Gelar" }]
  const p = data.product
  return pageMeta({
    title: `${p.title}${data.maker ? ` — ${data.maker.name}` : ""} — Gelar`,
    description: (p.description ?? p.title).slice(0, 160),
    baseUrl: baseUrlFrom(matches),
    pathname: location.pathname,
    image: p.thumbnail ?? p.images[0],
    type: "product",
    jsonLd: data.jsonLd,
  })
}

export default function ProductPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, path } = useI18n()
  const { product: p, maker, profile, related } = loaderData
  const a = p.attributes
  const images = p.images.length ? p.images : p.thumbnail ? [p.thumbnail] : []
  const showSizes = p.variants.length > 1
  return (
    <div className="space-y-12">
      <article className="grid gap-8 md:grid-cols-2">
        <section aria-label={t.product.gallery}>
          {images.length > 0 ? (
            <ul className="flex snap-x snap-mandatory gap-3 overflow-x-auto pb-2">
              {images.map((src, i) => (
                <li key={src} className="w-full shrink-0 snap-center">
                  <img
                    src={src}
                    alt={`${p.title} — ${t.product.photo(i + 1)}`}
                    className="aspect-[4/5] w-full rounded-2xl object-cover"
                    loading={i === 0 ? "eager" : "lazy"}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <div className="kawung flex aspect-[4/5] items-end rounded-2xl p-4">
              <p className="rounded bg-white/90 px-2 py-1 text-sm text-stone-800">{t.product.noPhoto}</p>
            </div>
          )}
        </section>

        <div className="space-y-5">
          <header className="space-y-2">
            <h1 className="font-serif text-3xl font-semibold text-nila">{p.title}</h1>
            {p.subtitle ? <p className="text-stone-700">{p.subtitle}</p> : null}
            <div className="flex flex-wrap items-center gap-3">
              <Price amount={p.price} className="text-2xl font-semibold text-soga-dark" from={showSizes ? t.price.from : undefined} />
              <StockBadge inStock={p.stock.inStock} quantity={p.stock.quantity} />
            </div>
          </header>

          {a?.batikmark_label && a.batikmark_number ? (
            <BatikmarkBadge label={a.batikmark_label} number={a.batikmark_number} />
          ) : null}
          {a?.technique === "printing" ? (
            <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">{t.product.notBatik}</p>
          ) : null}

          {showSizes ? (
            <section aria-labelledby="sizes-title">
              <h2 id="sizes-title" className="text-sm font-semibold text-nila">
                {t.product.sizes}
              </h2>
              <ul className="mt-2 flex flex-wrap gap-2">
                {p.variants.map((v) => (
                  <li
                    key={v.id}
                    className={`rounded-md px-3 py-1 ring-1 ${v.inStock ? "bg-white ring-stone-400" : "bg-stone-100 text-stone-600 line-through ring-stone-300"}`}
                  >
                    {v.title}
                    {v.inStock ? null : <span className="sr-only"> ({t.stock.sold})</span>}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {p.stock.inStock ? (
            // A plain form: the page is not hydrated, and it must work without scripts anyway.
            <form method="post" action={path("cart")} className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="intent" value="add" />
              {showSizes ? (
                <label className="text-sm font-semibold text-nila">
                  {t.cart.size}
                  <select name="variant_id" className="mt-1 block rounded border border-stone-500 px-2 py-2">
                    {p.variants.filter((v) => v.inStock).map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.title}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <input type="hidden" name="variant_id" value={p.variants[0]?.id} />
              )}
              {p.stock.quantity === 1 ? (
                <input type="hidden" name="quantity" value="1" />
              ) : (
                <label className="text-sm font-semibold text-nila">
                  {t.cart.quantity}
                  <input
                    type="number"
                    name="quantity"
                    min={1}
                    max={p.stock.quantity ?? 99}
                    defaultValue={1}
                    className="mt-1 block w-20 rounded border border-stone-500 px-2 py-2"
                  />
                </label>
              )}
              <button type="submit" className="rounded-lg bg-nila px-5 py-3 font-semibold text-white">
                {t.cart.add}
              </button>
            </form>
          ) : null}

          {p.description ? <p className="whitespace-pre-line text-stone-800">{p.description}</p> : null}

          {a ? (
            <section aria-labelledby="attributes-title">
              <h2 id="attributes-title" className="font-serif text-xl font-semibold text-nila">
                {t.product.attributes}
              </h2>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="font-semibold">{t.product.technique}</dt>
                <dd>
                  {t.technique[a.technique].name}
                  <span className="block text-stone-700">{t.technique[a.technique].about}</span>
                </dd>
                {a.motifs?.length ? (
                  <>
                    <dt className="font-semibold">{t.product.motifs}</dt>
                    <dd>{a.motifs.join(", ")}</dd>
                  </>
                ) : null}
                {a.dye_type ? (
                  <>
                    <dt className="font-semibold">{t.product.dye}</dt>
                    <dd>
                      {t.dyeType[a.dye_type]}
                      {a.dyes?.length ? ` (${a.dyes.join(", ")})` : ""}
                    </dd>
                  </>
                ) : null}
                {a.fabric ? (
                  <>
                    <dt className="font-semibold">{t.product.fabric}</dt>
                    <dd>{a.fabric}</dd>
                  </>
                ) : null}
                {a.form ? (
                  <>
                    <dt className="font-semibold">{t.product.form}</dt>
                    <dd>{t.form[a.form as keyof typeof t.form] ?? a.form}</dd>
                  </>
                ) : null}
                {a.length_cm ? (
                  <>
                    <dt className="font-semibold">{t.product.size}</dt>
                    <dd>{a.width_cm ? `${a.length_cm} × ${a.width_cm} cm` : `${a.length_cm} cm`}</dd>
                  </>
                ) : null}
                {a.colours?.length ? (
                  <>
                    <dt className="font-semibold">{t.product.colours}</dt>
                    <dd>{a.colours.join(", ")}</dd>
                  </>
                ) : null}
                {a.production_days ? (
                  <>
                    <dt className="font-semibold">{t.product.productionDays}</dt>
                    <dd>{t.product.days(a.production_days)}</dd>
                  </>
                ) : null}
                {(lang === "id" ? a.care_id : a.care_en) ? (
                  <>
                    <dt className="font-semibold">{t.product.care}</dt>
                    <dd>{lang === "id" ? a.care_id : a.care_en}</dd>
                  </>
                ) : null}
              </dl>
            </section>
          ) : null}

          {maker ? (
            <section aria-labelledby="maker-title">
              <h2 id="maker-title" className="mb-2 font-serif text-xl font-semibold text-nila">
                {t.product.maker}
              </h2>
              <Suspense fallback={<MakerCard maker={maker} as="div" />}>
                <Await resolve={profile} errorElement={<MakerCard maker={maker} as="div" />}>
                  {(full) => <MakerCard maker={maker} booth={full?.booth?.booth_code} as="div" />}
                </Await>
              </Suspense>
            </section>
          ) : null}
        </div>
      </article>

      {related ? (
        <DeferredProductSection id="related-title" heading={t.product.related} products={related}>
          {maker ? (
            <p className="mt-4">
              <Link to={path("maker", { handle: maker.handle })} className="font-semibold text-nila underline">
                {maker.name}
              </Link>
            </p>
          ) : null}
        </DeferredProductSection>
      ) : null}
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
