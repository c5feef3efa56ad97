import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ExhibitionModule from "../modules/exhibition"

// Read-only: the featured item owns `product_id`; this only lets query.graph expand `featured_item.product`.
export default defineLink(
  { linkable: ExhibitionModule.linkable.exhibitionFeaturedItem, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
