import type { BatikAttributesInput } from "../batik/types"

/** The one product option of a maker's piece: each size is a variant whose value of it is the size's name. */
export const SIZE_OPTION = "Ukuran"

/** One size of a maker's piece, priced in whole rupiah, with the pieces on hand. */
export type MakerVariantInput = { title: string; price: number; sku?: string | null; stock: number }

/** What a maker gives for a new piece in the portal. */
export type MakerPortalProductInput = {
  title: string
  handle?: string
  description?: string | null
  status: "draft" | "published"
  variants: MakerVariantInput[]
  batik?: BatikAttributesInput
  /** Ids of the maker's own uploaded pictures; the first is the cover. */
  images?: string[]
}

/** One size in a maker's edit: with an id an existing size (its stock is left alone), without one a new size. */
export type MakerVariantEdit = { id?: string; title: string; price: number; stock?: number }

/**
 * A maker's edit of its own piece: text, publish status, pictures (replacing the old ones), batik
 * attributes (replacing them) and the full list of sizes (sizes left out are removed).
 */
export type MakerPortalProductUpdate = {
  title?: string
  description?: string | null
  status?: "draft" | "published"
  images?: string[]
  batik?: BatikAttributesInput
  variants?: MakerVariantEdit[]
}
