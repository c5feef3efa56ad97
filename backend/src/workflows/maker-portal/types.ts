import type { BatikAttributesInput } from "../batik/types"

/** One size of a maker's piece, priced in whole rupiah. */
export type MakerVariantInput = { title: string; price: number; sku?: string | null }

/** What a maker gives for a new piece in the portal. */
export type MakerPortalProductInput = {
  title: string
  handle?: string
  description?: string | null
  status: "draft" | "published"
  variants: MakerVariantInput[]
  batik?: BatikAttributesInput
}

/** A maker's edit of its own piece: text and publish status. */
export type MakerPortalProductUpdate = {
  title?: string
  description?: string | null
  status?: "draft" | "published"
}
