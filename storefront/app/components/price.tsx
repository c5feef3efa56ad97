import { formatRupiah } from "@gelar/shared"

/** A price in rupiah, or nothing when the product has no price in the region. */
export function Price({ amount, from, className }: { amount: number | null; from?: string; className?: string }) {
  if (amount === null) return null
  return (
    <span className={className}>
      {from ? <span className="text-sm font-normal">{from} </span> : null}
      {formatRupiah(amount)}
    </span>
  )
}
