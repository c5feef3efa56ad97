import { BATIK_FORMS, BATIK_TECHNIQUES, BATIKMARK_LABELS, DYE_TYPES } from "@gelar/shared"
import { model } from "@medusajs/framework/utils"

/**
 * What a buyer asks about a batik piece. One row per product (linked); the rules between technique
 * and Batikmark are enforced by the set-batik-attributes workflow with `@gelar/shared`.
 */
export const BatikAttributes = model
  .define("batik_attributes", {
    id: model.id({ prefix: "btk" }).primaryKey(),
    technique: model.enum([...BATIK_TECHNIQUES]),
    batikmark_number: model.text().nullable(),
    batikmark_label: model.enum([...BATIKMARK_LABELS]).nullable(),
    motifs: model.json<string[]>().default([]),
    dye_type: model.enum([...DYE_TYPES]),
    dyes: model.json<string[]>().default([]),
    fabric: model.text(),
    form: model.enum([...BATIK_FORMS]),
    length_cm: model.number().nullable(),
    width_cm: model.number().nullable(),
    production_days: model.number().nullable(),
    colours: model.json<string[]>().default([]),
    care_id: model.text().default(""),
    care_en: model.text().default(""),
  })
  .indexes([{ on: ["technique"] }, { on: ["form"] }])
