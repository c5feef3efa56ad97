import { inMakerOrder } from "@gelar/shared"
/**
 * What a maker sees of its own pieces. Fixed: portal routes take no `fields`, so nothing reaches
 * other makers, customers or organiser accounts.
 */
export const MAKER_PRODUCT_FIELDS = [
  "id", "title", "handle", "description", "status", "thumbnail", "created_at", "updated_at",
  "images.id", "images.url",
  "variants.id", "variants.title", "variants.sku", "variants.variant_rank", "variants.prices.amount", "variants.prices.currency_code",
  "variants.manage_inventory",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "batik_attributes.*",
]

type Level = { stocked_quantity?: unknown; reserved_quantity?: unknown } | null
type Variant = Record<string, unknown> & {
  variant_rank?: number | null
  manage_inventory?: boolean
  inventory_items?: ({ inventory?: { location_levels?: Level[] | null } | null } | null)[] | null
}

/**
 * A product as the portal shows it: each size carries `stock` (`{ stocked_quantity, reserved_quantity,
 * available_quantity }` summed over locations, or null when the size does not count stock) instead of
 * Medusa's inventory records.
 */
export function presentMakerProduct<P extends { variants?: Variant[] | null }>(product: P) {
  return {
    ...product,
    // The database alone does not keep the maker's order.
    variants: inMakerOrder(product.variants ?? [])
      .map(({ inventory_items, variant_rank: _rank, ...variant }) => {
        if (!variant.manage_inventory) {
          return { ...variant, stock: null }
        }
        const levels = (inventory_items ?? []).flatMap((i) => i?.inventory?.location_levels ?? [])
        const sum = (key: "stocked_quantity" | "reserved_quantity") => levels.reduce((n, l) => n + Number(l?.[key] ?? 0), 0)
        const stocked = sum("stocked_quantity")
        const reserved = sum("reserved_quantity")
        return { ...variant, stock: { stocked_quantity: stocked, reserved_quantity: reserved, available_quantity: stocked - reserved } }
      }),
  }
}
