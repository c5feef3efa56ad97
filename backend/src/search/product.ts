import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import {
  PRODUCT_SOURCE_FIELDS,
  currentlyFeaturedProductIds,
  toProductDocument,
} from "../lib/search/product-documents"
import { productIndexFields } from "../lib/search/product-index-fields"
import { PRODUCT_INDEX_EVENTS, resolveProductIds } from "../lib/search/product-events"

const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  // One read of the current exhibition per batch marks the featured products.
  transform: async (rows: any[], context: any) => {
    const featured = await currentlyFeaturedProductIds(context.container.query)
    return rows.map((row) => toProductDocument(row, featured))
  },
}

/**
 * The shop's product search. `/store/search` narrows it to published products of the publishable
 * key's sales channel through `status` and `sales_channel_ids`; an approved maker's products are in
 * the channel and a suspended maker's are not (decision 002), so approval needs no field of its own.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productIndexFields,
  events: PRODUCT_INDEX_EVENTS,
  consume: graphConsume({
    ...source,
    resolve_ids: resolveProductIds,
    is_delete: (event: any) => event.name === "product.deleted",
  }),
  seed: graphSeed({ ...source, batch_size: 200 }),
})
