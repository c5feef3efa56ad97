/**
 * A piece's sizes in the order its maker gave them: by `variant_rank`, which the portal saves. Sizes
 * saved before ranks existed count as 0, and equal ranks keep the order they came in (a stable sort).
 */
export function inMakerOrder<V extends { variant_rank?: number | null }>(variants: readonly V[]): V[] {
  return [...variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
}
