import { Suspense } from "react"
import { Await, Link } from "react-router"
import { useI18n } from "~/lib/i18n"
import { type ProductCard as Card, inLanguage } from "~/lib/types"
import { Price } from "./price"

/** One product tile: photo, title, maker, technique, price and whether it is sold. */
export function ProductCard({ product, note }: { product: Card; note?: string | null }) {
  const { t, lang, path } = useI18n()
  const title = inLanguage(lang, product.title, product.title_en)
  return (
    <li className="group flex flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-stone-200">
      <div className="aspect-[4/5] bg-malam">
        {product.thumbnail ? (
          <img src={product.thumbnail} alt={title} loading="lazy" className="h-full w-full object-cover" />
        ) : (
          <div aria-hidden="true" className="kawung h-full w-full opacity-90" />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="font-serif text-base font-semibold leading-snug text-nila">
          <Link to={path("product", { handle: product.handle })} className="hover:underline">
            {title}
          </Link>
        </h3>
        {product.maker ? <p className="text-sm text-stone-700">{product.maker.name}</p> : null}
        {product.technique ? <p className="text-xs text-stone-600">{t.technique[product.technique].name}</p> : null}
        {note ? <p className="text-sm italic text-soga-dark">{note}</p> : null}
        <div className="mt-auto flex items-center justify-between gap-2 pt-2">
          <Price amount={product.price} className="font-semibold text-soga-dark" />
          {product.in_stock !== false ? null : (
            <span className="rounded-full bg-stone-700 px-2 py-0.5 text-xs font-semibold text-white">{t.stock.sold}</span>
          )}
        </div>
      </div>
    </li>
  )
}

/** A responsive grid of product tiles, labelled by the heading that introduces it. */
export function ProductGrid({
  products,
  labelledBy,
  notes,
}: {
  products: Card[]
  labelledBy?: string
  notes?: Record<string, string | null>
}) {
  return (
    <ul aria-labelledby={labelledBy} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 sm:gap-5">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} note={notes?.[p.id]} />
      ))}
    </ul>
  )
}

/**
 * A titled grid of products that arrive after the page (related items, a maker's work, the
 * organisers' picks): it renders nothing until they come, and nothing if they fail or are none.
 */
export function DeferredProductSection({
  id,
  heading,
  products,
  children,
  className,
}: {
  id: string
  heading: string
  products: Promise<Card[]>
  children?: React.ReactNode
  className?: string
}) {
  return (
    <Suspense fallback={null}>
      <Await resolve={products} errorElement={null}>
        {(cards) =>
          cards.length > 0 ? (
            <section aria-labelledby={id} className={className}>
              <h2 id={id} className="mb-4 font-serif text-2xl font-semibold text-nila">
                {heading}
              </h2>
              <ProductGrid products={cards} labelledBy={id} />
              {children}
            </section>
          ) : null
        }
      </Await>
    </Suspense>
  )
}
