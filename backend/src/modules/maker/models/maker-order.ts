import { model } from "@medusajs/framework/utils"
import { Maker } from "./maker"

/**
 * A maker's part of a shopper's order (issue 7): which lines of the order are its pieces, and how far
 * it has got with them. The order itself stays Medusa's; `order_id` and `line_item_ids` point into it.
 */
export const MakerOrder = model
  .define("maker_order", {
    id: model.id({ prefix: "mko" }).primaryKey(),
    order_id: model.text(),
    line_item_ids: model.json<string[]>().default([]),
    status: model.enum(["new", "packed", "shipped", "ready_for_pickup"]).default("new"),
    tracking_number: model.text().nullable(),
    maker: model.belongsTo(() => Maker, { mappedBy: "orders" }),
  })
  .indexes([{ on: ["order_id", "maker_id"], unique: true, where: "deleted_at IS NULL" }])
