import crypto from "node:crypto"
import type { DemoProduct } from "../seed/demo/products"
import { SIZE_OPTION } from "../../workflows/maker-portal/types"

/**
 * The rows `createMakerProductsWorkflow` plus stock levels write for one product, table by table,
 * column for column (checked against a workflow-made product: see bench/scale/README.md). The bulk
 * loader inserts them with multi-row parameterised INSERTs instead of going through the module
 * services one product at a time.
 */

/** Ids the products share: the store's sales channel, shipping profile and exhibition stock location. */
export type ScaleContext = {
  salesChannelId: string
  shippingProfileId: string
  stockLocationId: string
}

type Row = Record<string, unknown>

/**
 * Table name → rows, in an order that satisfies the product module's foreign keys. JSON columns hold
 * plain values: the loader sends each batch as one JSON document.
 */
export type TableRows = Map<string, Row[]>

/** The tables in insertion order (parents first). */
export const TABLES = [
  "product",
  "product_option",
  "product_option_value",
  "product_product_option",
  "product_product_option_value",
  "product_variant",
  "product_variant_option",
  "image",
  "price_set",
  "price",
  "inventory_item",
  "inventory_level",
  "batik_attributes",
  "product_sales_channel",
  "product_shipping_profile",
  "product_variant_price_set",
  "product_variant_inventory_item",
  "maker_maker_product_product",
  "product_product_batik_batik_attributes",
] as const

export function emptyTableRows(): TableRows {
  return new Map(TABLES.map((t) => [t, []]))
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
let pool = Buffer.alloc(0)
let offset = 0
let lastMs = -1
let timePart = ""

/**
 * A Medusa entity id (`<prefix>_<ULID>`), like `generateEntityId` makes. Its ULID draws each of the
 * 16 random characters with a separate crypto call (about 130 µs per id here), which alone would
 * take four minutes for the 1.7 million ids of 70,000 products; this one draws from a pooled buffer.
 */
export function entityId(prefix: string): string {
  const now = Date.now()
  if (now !== lastMs) {
    lastMs = now
    let t = now
    timePart = ""
    for (let i = 0; i < 10; i++) {
      timePart = CROCKFORD[t % 32] + timePart
      t = Math.floor(t / 32)
    }
  }
  if (offset + 16 > pool.length) {
    pool = crypto.randomBytes(16 * 8192)
    offset = 0
  }
  let random = ""
  for (let i = 0; i < 16; i++) {
    random += CROCKFORD[pool[offset++] & 31]
  }
  return `${prefix}_${timePart}${random}`
}

// Medusa stores big numbers twice: as numeric and as { value, precision } for exact arithmetic.
const raw = (value: number) => ({ value: String(value), precision: 20 })

/**
 * Appends one product's rows to `out`: the product with its size option and values, one variant per
 * size with a price set (IDR), an inventory item and a stock level at the exhibition location, its
 * picture, batik attributes, and the links to sales channel, shipping profile, maker and attributes.
 */
export function addProductRows(
  out: TableRows,
  product: DemoProduct,
  makerId: string,
  pictureUrl: string,
  ctx: ScaleContext,
  now: Date
): void {
  const push = (table: string, row: Row) => out.get(table)!.push({ ...row, created_at: now, updated_at: now })
  const productId = entityId("prod")
  push("product", {
    id: productId,
    title: product.title,
    handle: product.handle,
    description: product.description,
    is_giftcard: false,
    status: "published",
    thumbnail: pictureUrl,
    discountable: true,
    metadata: { title_en: product.title_en, description_en: product.description_en },
  })
  push("image", { id: entityId("img"), url: pictureUrl, rank: 0, product_id: productId })

  const optionId = entityId("opt")
  const productOptionId = entityId("prodopt")
  push("product_option", { id: optionId, title: SIZE_OPTION, is_exclusive: true })
  push("product_product_option", { id: productOptionId, product_id: productId, product_option_id: optionId })

  for (const [size, stock] of Object.entries(product.sizes)) {
    const valueId = entityId("optval")
    push("product_option_value", { id: valueId, value: size, option_id: optionId })
    push("product_product_option_value", {
      id: entityId("prodoptval"),
      product_product_option_id: productOptionId,
      product_option_value_id: valueId,
    })
    const variantId = entityId("variant")
    const sku = `${product.handle}-${size}`.toUpperCase().replace(/\s+/g, "-")
    push("product_variant", {
      id: variantId,
      title: size,
      sku,
      allow_backorder: false,
      manage_inventory: true,
      variant_rank: 0,
      product_id: productId,
    })
    out.get("product_variant_option")!.push({ variant_id: variantId, option_value_id: valueId })

    const priceSetId = entityId("pset")
    push("price_set", { id: priceSetId })
    push("price", {
      id: entityId("price"),
      price_set_id: priceSetId,
      currency_code: "idr",
      amount: product.price,
      raw_amount: raw(product.price),
      rules_count: 0,
    })
    push("product_variant_price_set", {
      id: entityId("pvps"),
      variant_id: variantId,
      price_set_id: priceSetId,
    })

    const itemId = entityId("iitem")
    push("inventory_item", { id: itemId, sku, title: size, description: size, requires_shipping: true })
    push("inventory_level", {
      id: entityId("ilev"),
      inventory_item_id: itemId,
      location_id: ctx.stockLocationId,
      stocked_quantity: stock,
      reserved_quantity: 0,
      incoming_quantity: 0,
      raw_stocked_quantity: raw(stock),
      raw_reserved_quantity: raw(0),
      raw_incoming_quantity: raw(0),
    })
    push("product_variant_inventory_item", {
      id: entityId("pvitem"),
      variant_id: variantId,
      inventory_item_id: itemId,
      required_quantity: 1,
    })
  }

  const batikId = entityId("btk")
  const b = product.batik
  push("batik_attributes", { id: batikId, ...b })
  push("product_sales_channel", {
    id: entityId("prodsc"),
    product_id: productId,
    sales_channel_id: ctx.salesChannelId,
  })
  push("product_shipping_profile", {
    id: entityId("prodsp"),
    product_id: productId,
    shipping_profile_id: ctx.shippingProfileId,
  })
  push("maker_maker_product_product", { id: entityId("link"), maker_id: makerId, product_id: productId })
  push("product_product_batik_batik_attributes", {
    id: entityId("link"),
    product_id: productId,
    batik_attributes_id: batikId,
  })
}
