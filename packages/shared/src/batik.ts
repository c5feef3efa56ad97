/** How the wax was applied; `printing` is a printed textile with a batik motif, not batik under SNI. */
export const BATIK_TECHNIQUES = ["tulis", "cap", "kombinasi", "printing"] as const
export type BatikTechnique = (typeof BATIK_TECHNIQUES)[number]

/** Colour of the Batikmark "Batik Indonesia" label. */
export const BATIKMARK_LABELS = ["gold", "silver", "white"] as const
export type BatikmarkLabel = (typeof BATIKMARK_LABELS)[number]

export const DYE_TYPES = ["natural", "synthetic"] as const
export type DyeType = (typeof DYE_TYPES)[number]

export const BATIK_FORMS = [
  "kain-panjang",
  "selendang",
  "kemeja",
  "dress",
  "scarf",
  "masker",
  "sarung",
  "outer",
] as const
export type BatikForm = (typeof BATIK_FORMS)[number]

/** The label colour the Batikmark scheme gives each genuine technique. */
export const BATIKMARK_LABEL_FOR: Record<Exclude<BatikTechnique, "printing">, BatikmarkLabel> = {
  tulis: "gold",
  kombinasi: "silver",
  cap: "white",
}

/**
 * The agreed format of a Batikmark certificate number (decision 002): `BM-<year>-<5 digits>`,
 * e.g. `BM-2024-00731`.
 */
export const BATIKMARK_NUMBER_PATTERN = /^BM-(19|20)\d{2}-\d{5}$/

/** The fields the technique/Batikmark rules look at. */
export type BatikmarkFields = {
  technique: BatikTechnique
  batikmark_number?: string | null
  batikmark_label?: BatikmarkLabel | null
}

/**
 * Checks the Batikmark rules and returns one sentence per broken rule (empty when all hold):
 * number and label come together, the number has the agreed format, printing carries no Batikmark,
 * and the label colour matches the technique (gold = tulis, silver = kombinasi, white = cap).
 */
export function batikmarkProblems(attrs: BatikmarkFields): string[] {
  const problems: string[] = []
  const number = attrs.batikmark_number ?? null
  const label = attrs.batikmark_label ?? null
  if (attrs.technique === "printing") {
    if (number !== null || label !== null) {
      problems.push(
        "A printed textile with a batik motif is not batik under SNI and cannot carry a Batikmark: remove the certificate number and label."
      )
    }
    return problems
  }
  if ((number === null) !== (label === null)) {
    problems.push(
      number === null
        ? `A Batikmark label (${label}) needs its certificate number.`
        : `Batikmark certificate ${number} needs its label colour (${BATIKMARK_LABEL_FOR[attrs.technique]} for batik ${attrs.technique}).`
    )
  }
  if (number !== null && !BATIKMARK_NUMBER_PATTERN.test(number)) {
    problems.push(
      `Batikmark certificate number "${number}" does not have the format BM-<year>-<5 digits>, e.g. BM-2024-00731.`
    )
  }
  const expected = BATIKMARK_LABEL_FOR[attrs.technique]
  if (label !== null && label !== expected) {
    problems.push(
      `A ${label} Batikmark label does not match batik ${attrs.technique}: its label is ${expected} (gold = tulis, silver = kombinasi, white = cap).`
    )
  }
  return problems
}
