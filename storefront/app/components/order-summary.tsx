import { useI18n } from "~/lib/i18n"
import { Price } from "./price"

export type SummaryLine = { id: string; title: string; variant: string | null; quantity: number; total: number }

type LineItem = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  total?: number | null
}

/** A cart's or an order's line items as the summary lists them. */
export function summaryLines(items: LineItem[] | null | undefined): SummaryLine[] {
  return (items ?? []).map((i) => ({
    id: i.id,
    title: i.product_title ?? i.title,
    variant: i.variant_title ?? null,
    quantity: i.quantity,
    total: i.total ?? 0,
  }))
}

/** A variant title worth showing: not Medusa's "Default"/"All size" of a one-size piece. */
export function variantLabel(variant: string | null): string | null {
  return variant && !/^(default|all size)/i.test(variant) ? variant : null
}

/** The lines and totals of a cart or an order, in rupiah. */
export function OrderSummary({
  summary,
  heading,
}: {
  summary: { items: SummaryLine[]; subtotal: number; shipping: number | null; total: number }
  heading?: string
}) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="summary-title" className="h-fit space-y-3 rounded-2xl bg-white p-4 ring-1 ring-stone-300">
      <h2 id="summary-title" className="font-serif text-lg font-semibold text-nila">
        {heading ?? t.checkout.summary}
      </h2>
      <ul className="divide-y divide-stone-200">
        {summary.items.map((item) => (
          <li key={item.id} className="flex justify-between gap-3 py-2 text-sm">
            <span>
              {item.title}
              {variantLabel(item.variant) ? ` (${variantLabel(item.variant)})` : ""} × {item.quantity}
            </span>
            <Price amount={item.total} className="whitespace-nowrap" />
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-2 gap-1 border-t border-stone-300 pt-2 text-sm">
        <dt>{t.cart.subtotal}</dt>
        <dd className="text-right">
          <Price amount={summary.subtotal} />
        </dd>
        {summary.shipping !== null ? (
          <>
            <dt>{t.checkout.shipping}</dt>
            <dd className="text-right">{summary.shipping ? <Price amount={summary.shipping} /> : t.checkout.free}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t.cart.total}</dt>
        <dd className="text-right font-semibold">
          <Price amount={summary.total} />
        </dd>
      </dl>
    </section>
  )
}
