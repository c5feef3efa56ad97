import { inMakerOrder } from "@gelar/shared"
import type { HttpTypes } from "@medusajs/types"
import type { BatikAttributes, MakerSummary, ProductCard, Technique } from "../types"
import { call, hasStatus, regionId, sdk } from "./client.server"
import { memo } from "./memo.server"

/** A store product with the links decision 002 adds to it. */
export type StoreProductWithBatik = HttpTypes.StoreProduct & {
  maker?: MakerSummary | null
  batik_attributes?: BatikAttributes | null
}

const CARD_FIELDS =
  "id,title,handle,thumbnail,metadata,variants.id,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder,*variants.calculated_price"
// The backend allows the link fields only as whole relations ("maker.name" alone is dropped).
const CARD_LINK_FIELDS = "*maker,*batik_attributes"
const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,metadata,thumbnail,created_at,*images,*options,*options.values,variants.id,variants.title,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder,variants.variant_rank,*variants.options,*variants.calculated_price"
const DETAIL_LINK_FIELDS = "*maker,*batik_attributes"

// Until the maker/batik links are exposed, a request naming them is refused with a 400: ask without
// them (the page hides the maker and attributes) and try again after a while.
let linksMissingUntil = 0

async function withLinks<T>(fields: string, links: string, fn: (fields: string) => Promise<T>): Promise<T> {
  if (Date.now() >= linksMissingUntil) {
    try {
      return await call(() => fn(`${fields},${links}`))
    } catch (error) {
      if (!hasStatus(error, 400)) throw error
      linksMissingUntil = Date.now() + 30_000
    }
  }
  return call(() => fn(fields))
}

type Variant = NonNullable<HttpTypes.StoreProduct["variants"]>[number]

/** A variant can be bought while its stock is not tracked, is positive, or backorders are allowed. */
export function variantInStock(v: Variant): boolean {
  return !v.manage_inventory || v.allow_backorder === true || (v.inventory_quantity ?? 0) > 0
}

/** The lowest calculated price of the product's variants, or null when none is priced. */
export function lowestPrice(product: HttpTypes.StoreProduct): number | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : null
}

/** Maps a store product onto the tile every listing shows. */
export function toCard(product: StoreProductWithBatik): ProductCard {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: typeof product.metadata?.title_en === "string" ? product.metadata.title_en : null,
    thumbnail: product.thumbnail ?? null,
    price: lowestPrice(product),
    in_stock: (product.variants ?? []).some(variantInStock),
    maker: product.maker ? { handle: product.maker.handle, name: product.maker.name } : null,
    technique: (product.batik_attributes?.technique as Technique | undefined) ?? null,
  }
}

/** One product by its handle with everything the product page shows, or null when it is not for sale. */
export const getProductByHandle = memo("product", 5_000, async function getProductByHandle(
  handle: string
): Promise<StoreProductWithBatik | null> {
  const region_id = await regionId()
  const { products } = await withLinks(DETAIL_FIELDS, DETAIL_LINK_FIELDS, (fields) =>
    sdk.store.product.list({ handle, region_id, fields, limit: 1 })
  )
  const product = products[0] as StoreProductWithBatik | undefined
  if (!product) return null
  // The store API does not sort variants, and variants created together share a timestamp.
  return product.variants ? { ...product, variants: inMakerOrder(product.variants) } : product
})

export type ProductListOrder = "created_at" | "-created_at" | "title"

/**
 * A page of published products from Medusa's own list route: the catalogue's fallback while the
 * search index is not available (it can filter by text only).
 */
export const listProducts = memo("products", 5_000, async function listProducts(params: {
  q?: string
  order?: ProductListOrder
  offset: number
  limit: number
  id?: string[]
}): Promise<{ cards: ProductCard[]; count: number }> {
  const region_id = await regionId()
  const { products, count } = await withLinks(CARD_FIELDS, CARD_LINK_FIELDS, (fields) =>
    sdk.store.product.list({
      region_id,
      fields,
      q: params.q || undefined,
      id: params.id,
      order: params.order ?? "-created_at",
      offset: params.offset,
      limit: params.limit,
    })
  )
  return { cards: products.map((p) => toCard(p as StoreProductWithBatik)), count }
})

/** Handles of every product for sale, for the sitemap (paged through the list route). */
export async function listAllProductHandles(): Promise<{ handle: string; updated_at: string | null }[]> {
  const out: { handle: string; updated_at: string | null }[] = []
  for (let offset = 0; ; offset += 500) {
    const { products, count } = await call(() =>
      sdk.store.product.list({ fields: "handle,updated_at", offset, limit: 500 })
    )
    out.push(...products.map((p) => ({ handle: p.handle, updated_at: (p.updated_at as string | null) ?? null })))
    if (offset + 500 >= count || products.length === 0) return out
  }
}
