/**
 * Formats an amount of rupiah the Indonesian way: `Rp 1.250.000` (dot thousands, no decimals).
 * Medusa v2 stores IDR amounts in whole rupiah, so no division by 100 happens here.
 */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`Not an amount of money: ${amount}`)
  }
  const rounded = Math.round(amount)
  const digits = Math.abs(rounded)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  return `${rounded < 0 ? "-" : ""}Rp ${digits}`
}
