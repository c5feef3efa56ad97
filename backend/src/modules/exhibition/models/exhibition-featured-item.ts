import { model } from "@medusajs/framework/utils"
import { Exhibition } from "./exhibition"

/** A product the curators feature, at `position` 1..n; `product_id` is read-linked to the product module. */
export const ExhibitionFeaturedItem = model
  .define("exhibition_featured_item", {
    id: model.id({ prefix: "exhf" }).primaryKey(),
    product_id: model.text(),
    position: model.number(),
    note_id: model.text().nullable(),
    note_en: model.text().nullable(),
    exhibition: model.belongsTo(() => Exhibition, { mappedBy: "featured_items" }),
  })
  .indexes([
    { on: ["exhibition_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"] },
  ])
