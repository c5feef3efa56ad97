/**
 * What a maker sees of its own pieces. Fixed: portal routes take no `fields`, so nothing reaches
 * other makers, customers or organiser accounts.
 */
export const MAKER_PRODUCT_FIELDS = [
  "id", "title", "handle", "description", "status", "thumbnail", "created_at", "updated_at",
  "images.id", "images.url",
  "variants.id", "variants.title", "variants.sku", "variants.prices.amount", "variants.prices.currency_code",
  "batik_attributes.*",
]
