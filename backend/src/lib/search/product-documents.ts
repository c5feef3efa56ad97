import type { SearchTypes } from "@medusajs/framework/types"
import { exhibitionStatus } from "@gelar/shared"

/** The currency the catalogue's prices are indexed in (the store sells in rupiah only). */
export const INDEX_CURRENCY = "idr"

/** How shoppers say each dye type, in the words the synonym list knows. */
const DYE_WORDS: Record<string, string> = {
  natural: "pewarna alam",
  synthetic: "pewarna sintetis",
}

/** What the index reads of each product through `query.graph`. */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "title",
  "description",
  "metadata",
  "handle",
  "thumbnail",
  "status",
  "created_at",
  "updated_at",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "maker.name",
  "maker.handle",
  "batik_attributes.technique",
  "batik_attributes.motifs",
  "batik_attributes.dye_type",
  "batik_attributes.dyes",
  "batik_attributes.fabric",
  "batik_attributes.form",
]

/** The document the product index holds, in the shape `src/search/product.ts` declares. */
export type ProductSearchDocument = {
  id: string
  title: string
  title_en: string | null
  description: string | null
  handle: string
  thumbnail: string | null
  status: string
  sales_channel_ids: string[]
  created_at: string
  price: number | null
  in_stock: boolean
  maker?: { name: string; handle: string }
  technique?: string
  motifs: string[]
  dye_type?: string
  dye_words?: string
  dyes: string[]
  fabric?: string
  form?: string
  featured: boolean
}

/**
 * A variant can be sold when it does not track stock, accepts backorders, or every inventory item it
 * needs has at least the required quantity available (stocked minus reserved) across locations. A
 * one-of-a-kind cloth bought online is reserved at once, so it stops being in stock immediately.
 */
export function variantInStock(variant: any): boolean {
  if (!variant?.manage_inventory || variant.allow_backorder) {
    return true
  }
  const items = variant.inventory_items ?? []
  if (!items.length) {
    return false
  }
  return items.every((link: any) => {
    const levels = link?.inventory?.location_levels ?? []
    const available = levels.reduce(
      (sum: number, level: any) =>
        sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
      0
    )
    return available >= Number(link?.required_quantity ?? 1)
  })
}

/** The lowest rupiah price among the product's variants: what the product card shows as "from". */
export function lowestPrice(product: any): number | null {
  const amounts = (product.variants ?? []).flatMap((v: any) =>
    (v?.prices ?? [])
      .filter((p: any) => p?.currency_code?.toLowerCase() === INDEX_CURRENCY)
      .map((p: any) => Number(p.amount))
  )
  return amounts.length ? Math.min(...amounts) : null
}

/**
 * The products featured at the exhibition the shop currently promotes: the live one, or else the next
 * one to open. Closed exhibitions feature nothing.
 */
export async function currentlyFeaturedProductIds(
  query: SearchTypes.SearchContainer["query"],
  now = new Date()
): Promise<Set<string>> {
  const { data } = await query.graph({
    entity: "exhibition",
    fields: ["id", "starts_at", "ends_at", "featured_items.product_id"],
    filters: { ends_at: { $gt: now } },
  })
  const open = (data as any[])
    .filter((e) => exhibitionStatus(e, now) !== "closed")
    .sort((a, b) => {
      const live = Number(exhibitionStatus(b, now) === "live") - Number(exhibitionStatus(a, now) === "live")
      return live || new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime()
    })
  const current = open[0]
  return new Set((current?.featured_items ?? []).map((item: any) => item?.product_id).filter(Boolean))
}

/** Builds the index document of one product read with `PRODUCT_SOURCE_FIELDS`. */
export function toProductDocument(product: any, featured: Set<string>): ProductSearchDocument {
  const batik = product.batik_attributes ?? undefined
  const variants = product.variants ?? []
  return {
    id: product.id,
    title: product.title,
    title_en: typeof product.metadata?.title_en === "string" ? product.metadata.title_en : null,
    description: product.description ?? null,
    handle: product.handle,
    thumbnail: product.thumbnail ?? null,
    status: product.status,
    sales_channel_ids: (product.sales_channels ?? []).map((sc: any) => sc?.id).filter(Boolean),
    created_at: new Date(product.created_at).toISOString(),
    price: lowestPrice(product),
    in_stock: variants.some(variantInStock),
    maker: product.maker ? { name: product.maker.name, handle: product.maker.handle } : undefined,
    technique: batik?.technique ?? undefined,
    motifs: batik?.motifs ?? [],
    dye_type: batik?.dye_type ?? undefined,
    dye_words: batik?.dye_type ? DYE_WORDS[batik.dye_type] : undefined,
    dyes: batik?.dyes ?? [],
    fabric: batik?.fabric ?? undefined,
    form: batik?.form ?? undefined,
    featured: featured.has(product.id),
  }
}
