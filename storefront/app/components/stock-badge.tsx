import { useI18n } from "~/lib/i18n"

/** "Sold", "One of a kind" or "n left": what a buyer of a handmade piece wants to know first. */
export function StockBadge({ inStock, quantity }: { inStock: boolean; quantity?: number | null }) {
  const { t } = useI18n()
  if (!inStock) {
    return <span className="rounded-full bg-stone-700 px-2.5 py-0.5 text-xs font-semibold text-white">{t.stock.sold}</span>
  }
  if (quantity === 1) {
    return (
      <span className="rounded-full bg-malam px-2.5 py-0.5 text-xs font-semibold text-soga-dark ring-1 ring-soga/30">
        {t.stock.oneOfAKind}
      </span>
    )
  }
  if (quantity !== undefined && quantity !== null && quantity <= 5) {
    return <span className="text-xs font-medium text-soga-dark">{t.stock.left(quantity)}</span>
  }
  return null
}
