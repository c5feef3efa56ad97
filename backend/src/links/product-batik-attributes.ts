import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BatikModule from "../modules/batik"

// Deleting a product deletes its batik attributes: they describe that one piece and nothing else.
export default defineLink(ProductModule.linkable.product, {
  linkable: BatikModule.linkable.batikAttributes,
  deleteCascade: true,
})
