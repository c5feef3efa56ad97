import type { BatikForm, BatikmarkLabel, BatikTechnique, DyeType } from "@gelar/shared"

/** The batik attributes of one product, as decision 002 lists them. */
export type BatikAttributesInput = {
  technique: BatikTechnique
  batikmark_number?: string | null
  batikmark_label?: BatikmarkLabel | null
  motifs?: string[]
  dye_type: DyeType
  dyes?: string[]
  fabric: string
  form: BatikForm
  length_cm?: number | null
  width_cm?: number | null
  production_days?: number | null
  colours?: string[]
  care_id?: string
  care_en?: string
}

/**
 * Fills every optional attribute with its empty value, so that setting attributes replaces them
 * whole: a field left out is cleared, never kept from an earlier version that broke no rule then.
 */
export function completeBatikAttributes(batik: BatikAttributesInput): Required<BatikAttributesInput> {
  return {
    technique: batik.technique,
    batikmark_number: batik.batikmark_number ?? null,
    batikmark_label: batik.batikmark_label ?? null,
    motifs: batik.motifs ?? [],
    dye_type: batik.dye_type,
    dyes: batik.dyes ?? [],
    fabric: batik.fabric,
    form: batik.form,
    length_cm: batik.length_cm ?? null,
    width_cm: batik.width_cm ?? null,
    production_days: batik.production_days ?? null,
    colours: batik.colours ?? [],
    care_id: batik.care_id ?? "",
    care_en: batik.care_en ?? "",
  }
}
