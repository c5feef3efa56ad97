import type { MakerProduct, MakerVariant } from "./medusa/portal.server"

/** Sizes with this many pieces available or fewer are "running low". */
export const LOW_STOCK = 2

/** The pieces available of a size, or null when the size does not count stock. */
export function available(variant: MakerVariant): number | null {
  return variant.stock ? variant.stock.available_quantity : null
}

/**
 * The sizes a maker should restock: sold out, or at most {@link LOW_STOCK} left. A one-of-a-kind piece
 * still unsold (1 made, 1 available) is not "low": that is how hand-drawn batik is sold.
 */
export function lowStock(products: MakerProduct[]) {
  return products.flatMap((p) =>
    (p.variants ?? [])
      .filter((v) => {
        const n = available(v)
        return n !== null && n <= LOW_STOCK && !(n === 1 && v.stock?.stocked_quantity === 1)
      })
      .map((v) => ({ product: p, variant: v, available: available(v) ?? 0 }))
  )
}

/** The lowest IDR price of a piece's sizes, or null. */
export function lowestPrice(product: MakerProduct): number | null {
  const prices = (product.variants ?? []).flatMap((v) => (v.prices ?? []).filter((p) => p.currency_code === "idr").map((p) => p.amount))
  return prices.length ? Math.min(...prices) : null
}
