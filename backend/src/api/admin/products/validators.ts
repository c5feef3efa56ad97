import { BATIK_FORMS, BATIK_TECHNIQUES, BATIKMARK_LABELS, DYE_TYPES } from "@gelar/shared"
import { z } from "@medusajs/framework/zod"

const words = (name: string) => z.array(z.string().trim().min(1, `each of ${name} must be non-empty text`))
const centimetres = (name: string) =>
  z.number().positive(`${name} must be a positive number of centimetres`).max(1000, `${name} must be at most 1000 cm`)

/**
 * Body of `POST /admin/products/:id/batik`: the whole set of batik attributes (fields left out are
 * cleared). The Batikmark rules are checked by the workflow so every caller gets them.
 */
export const AdminSetBatikAttributes = z
  .object({
    technique: z.enum(BATIK_TECHNIQUES, { message: `technique must be one of ${BATIK_TECHNIQUES.join(", ")}` }),
    batikmark_number: z.string().trim().nullable().optional(),
    batikmark_label: z
      .enum(BATIKMARK_LABELS, { message: `batikmark_label must be one of ${BATIKMARK_LABELS.join(", ")}` })
      .nullable()
      .optional(),
    motifs: words("motifs").optional(),
    dye_type: z.enum(DYE_TYPES, { message: `dye_type must be one of ${DYE_TYPES.join(", ")}` }),
    dyes: words("dyes").optional(),
    fabric: z.string().trim().min(1, "fabric cannot be empty"),
    form: z.enum(BATIK_FORMS, { message: `form must be one of ${BATIK_FORMS.join(", ")}` }),
    length_cm: centimetres("length_cm").nullable().optional(),
    width_cm: centimetres("width_cm").nullable().optional(),
    production_days: z
      .number()
      .int("production_days must be a whole number of days")
      .min(1, "production_days must be at least 1")
      .max(730, "production_days must be at most 730")
      .nullable()
      .optional(),
    colours: words("colours").optional(),
    care_id: z.string().optional(),
    care_en: z.string().optional(),
  })
  .strict()
export type AdminSetBatikAttributesType = z.infer<typeof AdminSetBatikAttributes>
