import { model } from "@medusajs/framework/utils"
import { MakerImage } from "./maker-image"
import { MakerOrder } from "./maker-order"
import { MakerUser } from "./maker-user"

/**
 * A batik business (IKM) that sells at the exhibition. Only `approved` makers are visible in the store;
 * the status also decides whether the maker's products are in the online sales channel.
 */
export const Maker = model
  .define("maker", {
    id: model.id({ prefix: "mkr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    size_class: model.enum(["kecil", "menengah"]),
    district: model.text().searchable(),
    sentra: model.text().searchable().nullable(),
    story_id: model.text().default(""),
    story_en: model.text().default(""),
    founded_year: model.number().nullable(),
    people: model.json<{ name: string; role: string; bio_id: string; bio_en: string }[]>().default([]),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    whatsapp: model.text().nullable(),
    pickup_address: model.text().nullable(),
    logo_url: model.text().nullable(),
    photos: model.json<string[]>().default([]),
    status: model.enum(["pending", "approved", "suspended"]).default("pending"),
    users: model.hasMany(() => MakerUser, { mappedBy: "maker" }),
    orders: model.hasMany(() => MakerOrder, { mappedBy: "maker" }),
    images: model.hasMany(() => MakerImage, { mappedBy: "maker" }),
  })
  .indexes([{ on: ["status"] }, { on: ["district"] }])
