import { model } from "@medusajs/framework/utils"
import { Exhibition } from "./exhibition"

/** A maker taking part in an exhibition at a booth; `maker_id` is read-linked to the maker module. */
export const ExhibitionParticipant = model
  .define("exhibition_participant", {
    id: model.id({ prefix: "exhp" }).primaryKey(),
    maker_id: model.text(),
    booth_code: model.text(),
    exhibition: model.belongsTo(() => Exhibition, { mappedBy: "participants" }),
  })
  .indexes([
    { on: ["exhibition_id", "booth_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["exhibition_id", "maker_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["maker_id"] },
  ])
