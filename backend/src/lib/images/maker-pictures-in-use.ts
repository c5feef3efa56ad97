import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A maker's picture by the URLs of its two renditions: showing either one uses the picture. */
export type MakerPictureUrls = { url: string; thumbnail_url: string }

/** The URLs a maker shows: per piece (drafts included) its cover and pictures, and its profile's photos and logo. */
export type MakerPictureUses = {
  products: { title: string; urls: string[] }[]
  profile: string[]
}

/** Where a picture is shown: the first piece showing it, else the profile; `null` when nowhere. */
export type MakerPictureUse = { product: string } | { profile: true } | null

type MakerPicturesRow = {
  id: string
  photos?: string[] | null
  logo_url?: string | null
  products?: { title: string; thumbnail: string | null; images?: { url: string }[] | null }[] | null
}

/**
 * Reads the URLs these makers show, by maker id; a maker that is not found has no entry.
 * `with_deleted` also reads removed makers and pieces.
 */
export async function findMakerPictureUses(
  container: MedusaContainer,
  maker_ids: string[],
  { with_deleted = false }: { with_deleted?: boolean } = {}
): Promise<Map<string, MakerPictureUses>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "maker",
    fields: ["id", "photos", "logo_url", "products.title", "products.thumbnail", "products.images.url"],
    filters: { id: maker_ids },
    withDeleted: with_deleted,
  })
  return new Map(
    (data as unknown as MakerPicturesRow[]).map((maker) => [
      maker.id,
      {
        products: (maker.products ?? []).map((p) => ({
          title: p.title,
          urls: [...(p.thumbnail ? [p.thumbnail] : []), ...(p.images ?? []).map((i) => i.url)],
        })),
        profile: [...(maker.photos ?? []), ...(maker.logo_url ? [maker.logo_url] : [])],
      },
    ])
  )
}

/** Where the maker shows this picture, if anywhere: a picture is in use while a piece or the profile shows it. */
export function makerPictureUse(uses: MakerPictureUses | undefined, picture: MakerPictureUrls): MakerPictureUse {
  const shows = (url: string) => url === picture.url || url === picture.thumbnail_url
  const product = uses?.products.find((p) => p.urls.some(shows))
  if (product) {
    return { product: product.title }
  }
  return uses?.profile.some(shows) ? { profile: true } : null
}
