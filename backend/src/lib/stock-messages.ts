/** Names a product the way a shopper reads it: "Kain X (XL)" when the variant has a title of its own. */
export function pieceLabel(v: { title?: string | null; product?: { title?: string | null } | null }): string {
  const product = v.product?.title ?? "This piece"
  return v.title && !/^(default|all size)/i.test(v.title) ? `"${product}" (${v.title})` : `"${product}"`
}

/**
 * What a shopper is told when a piece cannot be had in the quantity asked for. The storefront shows it
 * as it comes, so the cart page and the checkout say the same thing.
 */
export function shortageMessage(label: string, available: number, wanted: number): string {
  return available <= 0
    ? `${label} is sold out: another shopper bought the last one. Remove it from your cart to continue.`
    : `Only ${available} of ${label} left: you asked for ${wanted}.`
}
