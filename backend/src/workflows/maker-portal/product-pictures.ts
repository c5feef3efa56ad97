import type { OwnMakerImage } from "./steps/maker-images"

/** A product's pictures and cover (the first picture's small rendition) from the maker's own images. */
export function productPictures(images: OwnMakerImage[]) {
  return { images: images.map((i) => ({ url: i.url })), thumbnail: images[0]?.thumbnail_url ?? null }
}
