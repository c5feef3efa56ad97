import { search } from "@medusajs/framework/utils"

/**
 * The fields of the product index (src/search/product.ts), apart so that providers' tests can build
 * the same definition without registering an index.
 */
export const productIndexFields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  // The English title (product metadata, decision 002): English pages show it, and English words find it.
  title_en: search.text().searchable({ weight: 3 }),
  description: search.text().searchable(),
  handle: search.keyword().filterable(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  created_at: search.date().sortable(),
  price: search.float().filterable().sortable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  maker: search.object({
    name: search.text().searchable({ weight: 2 }),
    handle: search.keyword().filterable().facetable(),
  }),
  technique: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  motifs: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  dye_type: search.keyword().filterable().facetable(),
  // "natural" and "synthetic" are codes; shoppers type "pewarna alam" or "natural dye".
  dye_words: search.text().searchable().retrievable(false),
  dyes: search.keyword().array().searchable().filterable().facetable(),
  fabric: search.keyword().searchable().filterable().facetable(),
  form: search.keyword().searchable().filterable().facetable(),
  featured: search.boolean().filterable().facetable(),
})
