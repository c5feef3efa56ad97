import { model } from "@medusajs/framework/utils"
import { Maker } from "./maker"

/**
 * A picture a maker uploaded in the portal (issue 7). Only the re-encoded WebP renditions are kept
 * (never the original, which may carry the camera's location); `file_ids` are their keys in the file
 * module, so deleting the picture deletes the files. Recording the owner lets a maker use only its
 * own pictures on its pieces and profile.
 */
export const MakerImage = model
  .define("maker_image", {
    id: model.id({ prefix: "mkimg" }).primaryKey(),
    url: model.text(),
    thumbnail_url: model.text(),
    file_ids: model.json<string[]>().default([]),
    original_name: model.text(),
    width: model.number(),
    height: model.number(),
    maker: model.belongsTo(() => Maker, { mappedBy: "images" }),
  })
  .indexes([{ on: ["maker_id"] }])
