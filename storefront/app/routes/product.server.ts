import type { HttpTypes } from "@medusajs/types"
import { env } from "~/lib/env.server"
import { getMaker } from "~/lib/medusa/makers.server"
import { lowestPrice, type StoreProductWithBatik, variantInStock } from "~/lib/medusa/products.server"
import { parseCatalogueParams } from "~/lib/facets"
import { searchProducts } from "~/lib/medusa/search.server"
import { type Lang, localePath } from "~/lib/paths"
import { inLanguage, type Maker, type ProductCard } from "~/lib/types"

/** What the product page shows about stock: sold, one of a kind, or how many are left. */
export function stockOf(product: HttpTypes.StoreProduct): { inStock: boolean; quantity: number | null } {
  const variants = product.variants ?? []
  const tracked = variants.filter((v) => v.manage_inventory && !v.allow_backorder)
  const inStock = variants.some(variantInStock)
  // The quantity means something only when every variant counts its stock.
  const quantity =
    tracked.length === variants.length && variants.length > 0
      ? tracked.reduce((sum, v) => sum + Math.max(0, v.inventory_quantity ?? 0), 0)
      : null
  return { inStock, quantity }
}

/** schema.org `Product` with an `Offer` in IDR and its availability, and the maker as brand. */
export function productJsonLd(product: StoreProductWithBatik, lang: Lang): Record<string, unknown> {
  const url = env.PUBLIC_BASE_URL + localePath(lang, "product", { handle: product.handle })
  const price = lowestPrice(product)
  const { inStock } = stockOf(product)
  const images = (product.images ?? []).map((i) => i.url)
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: inLanguage(lang, product.title, product.metadata?.title_en),
    description: inLanguage(lang, product.description ?? null, product.metadata?.description_en) ?? undefined,
    image: images.length ? images : (product.thumbnail ?? undefined),
    url,
    sku: product.id,
    brand: product.maker ? { "@type": "Organization", name: product.maker.name } : undefined,
    material: product.batik_attributes?.fabric ?? undefined,
    offers:
      price === null
        ? undefined
        : {
            "@type": "Offer",
            price,
            priceCurrency: "IDR",
            availability: inStock ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
            url,
          },
  }
}

/** Other pieces by the same maker (from the search index); none when search is not available. */
export async function relatedByMaker(makerHandle: string, excludeId: string): Promise<ProductCard[]> {
  const state = parseCatalogueParams(new URLSearchParams({ maker: makerHandle }))
  const page = await searchProducts(state, { take: 9, facets: false })
  return (page?.cards ?? []).filter((c) => c.id !== excludeId).slice(0, 8)
}

/** The maker's public profile (for the booth), or null; never fails the product page. */
export async function makerProfile(handle: string): Promise<Maker | null> {
  try {
    return await getMaker(handle)
  } catch {
    return null
  }
}
