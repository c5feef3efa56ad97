import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MakerModule from "../modules/maker"

// One maker, many products: `product.maker` and `maker.products` in query.graph and `fields`.
export default defineLink(MakerModule.linkable.maker, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
