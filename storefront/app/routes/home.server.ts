import { homeExhibition } from "~/lib/medusa/exhibitions.server"
import type { Exhibition, ProductCard } from "~/lib/types"

/** The featured items of an exhibition as product tiles, in the organisers' order. */
export function featuredToCards(exhibition: Exhibition): ProductCard[] {
  return exhibition.featured.map(({ product }) => ({
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: product.title_en ?? null,
    thumbnail: product.thumbnail,
    price: product.price?.amount ?? null,
    in_stock: null,
    maker: null,
    technique: null,
  }))
}

/** The organisers' picks of the exhibition the home page presents; none when there is none. */
export async function featuredCards(): Promise<ProductCard[]> {
  const found = await homeExhibition()
  return found ? featuredToCards(found.exhibition) : []
}
