export { PHONE_PATTERN, POSTAL_CODE_PATTERN } from "./address.js"
export { formatRupiah } from "./money.js"
export { inMakerOrder } from "./sizes.js"
export {
  BATIK_FORMS,
  BATIK_TECHNIQUES,
  BATIKMARK_LABEL_FOR,
  BATIKMARK_LABELS,
  BATIKMARK_NUMBER_PATTERN,
  DYE_TYPES,
  batikmarkProblems,
} from "./batik.js"
export type { BatikForm, BatikmarkFields, BatikmarkLabel, BatikTechnique, DyeType } from "./batik.js"
export { exhibitionStatus } from "./exhibition.js"
export type { ExhibitionStatus } from "./exhibition.js"
