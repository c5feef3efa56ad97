import { model } from "@medusajs/framework/utils"
import { ExhibitionFeaturedItem } from "./exhibition-featured-item"
import { ExhibitionParticipant } from "./exhibition-participant"

/**
 * An exhibition with its dates. Its status (scheduled, live, closed) is derived from the clock
 * by `exhibitionStatus`, never stored, so it cannot go stale.
 */
export const Exhibition = model
  .define("exhibition", {
    id: model.id({ prefix: "exh" }).primaryKey(),
    handle: model.text().unique(),
    title_id: model.text().searchable(),
    title_en: model.text().searchable(),
    description_id: model.text().default(""),
    description_en: model.text().default(""),
    venue: model.text(),
    address: model.text().default(""),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    cover_image_url: model.text().nullable(),
    participants: model.hasMany(() => ExhibitionParticipant, { mappedBy: "exhibition" }),
    featured_items: model.hasMany(() => ExhibitionFeaturedItem, { mappedBy: "exhibition" }),
  })
  .cascades({ delete: ["participants", "featured_items"] })
  .indexes([{ on: ["starts_at"] }, { on: ["ends_at"] }])
