import { model } from "@medusajs/framework/utils"
import { Maker } from "./maker"

/**
 * One person who signs in to the maker portal for a maker (issue 7). A maker has several; the
 * auth identity (actor type `maker`, emailpass) carries this record's id as `app_metadata.maker_id`.
 */
export const MakerUser = model
  .define("maker_user", {
    id: model.id({ prefix: "mku" }).primaryKey(),
    email: model.text().unique(),
    name: model.text(),
    maker: model.belongsTo(() => Maker, { mappedBy: "users" }),
  })
  .indexes([{ on: ["maker_id"] }])
