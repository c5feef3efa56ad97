import { BATIKMARK_LABEL_FOR, type BatikForm, type BatikTechnique } from "@gelar/shared"
import type { BatikAttributesInput } from "../../../workflows/batik/types"
import { DEMO_MAKERS } from "./makers"
import { hashSeed, type MotifKind } from "./patterns"
import {
  careFor,
  DYE_BATHS,
  type DyeBathKey,
  FABRICS,
  FORMS,
  MOTIFS,
  type MotifName,
  SIZED_FORMS,
  slugify,
  TECHNIQUES,
} from "./vocabulary"

/** Stock of a one-size piece, or stock per size for clothing. */
export type Stock = number | Record<string, number>

type Row = [
  maker: string,
  technique: BatikTechnique,
  form: BatikForm,
  motifs: MotifName[],
  dye: DyeBathKey,
  fabric: keyof typeof FABRICS,
  price: number,
  stock: Stock,
  productionDays: number,
]

// Prices follow DOMAIN.md: printed scarf ~Rp 75.000, cap cloth Rp 150.000-400.000, tulis cloth from Rp 500.000
// to several million (silk and fine classic motifs at the top). Most tulis pieces are one of a kind.
const ROWS: Row[] = [
  ["batik-sekar-malon", "tulis", "kain-panjang", ["Asem Arang"], "indigo", "Katun primisima", 1350000, 1, 30],
  ["batik-sekar-malon", "tulis", "kain-panjang", ["Kawung"], "soga", "Katun primisima", 1150000, 1, 25],
  ["batik-sekar-malon", "tulis", "selendang", ["Truntum"], "indigo", "Sutra", 1250000, 1, 21],
  ["batik-sekar-malon", "kombinasi", "kain-panjang", ["Parang", "Asem Arang"], "mahoni", "Katun prima", 575000, 3, 12],
  ["batik-sekar-malon", "tulis", "scarf", ["Kawung Picis"], "jolawe", "Sutra", 650000, 1, 10],
  ["batik-sekar-malon", "cap", "kemeja", ["Asem Arang"], "indigo", "Katun prima", 285000, { M: 3, L: 3, XL: 2 }, 5],
  ["batik-sekar-malon", "tulis", "kemeja", ["Truntum"], "soga", "Katun primisima", 895000, { L: 1 }, 20],

  ["batik-wana-lestari", "tulis", "kain-panjang", ["Sidomukti"], "soga", "Sutra ATBM", 3250000, 1, 45],
  ["batik-wana-lestari", "tulis", "kain-panjang", ["Asem Arang", "Kawung"], "tingi", "Katun primisima", 1850000, 1, 35],
  ["batik-wana-lestari", "cap", "kain-panjang", ["Parang"], "soga", "Katun prima", 345000, 8, 4],
  ["batik-wana-lestari", "cap", "kain-panjang", ["Kawung"], "tingi", "Katun prima", 325000, 10, 4],
  ["batik-wana-lestari", "kombinasi", "kemeja", ["Asem Arang"], "soga", "Katun primisima", 485000, { M: 2, L: 3, XL: 2 }, 9],
  ["batik-wana-lestari", "kombinasi", "dress", ["Truntum"], "mahoni", "Rayon", 525000, { S: 1, M: 2, L: 2 }, 10],
  ["batik-wana-lestari", "cap", "sarung", ["Parang Barong"], "soga", "Katun prima", 295000, 6, 4],

  ["batik-tirta-malon", "tulis", "kain-panjang", ["Parang"], "indigo", "Katun primisima", 1450000, 1, 30],
  ["batik-tirta-malon", "tulis", "kain-panjang", ["Truntum"], "indigo", "Katun primisima", 1250000, 1, 28],
  ["batik-tirta-malon", "tulis", "selendang", ["Parang Barong"], "secang", "Sutra", 1100000, 1, 18],
  ["batik-tirta-malon", "tulis", "kain-panjang", ["Parang Barong"], "soga", "Sutra ATBM", 4750000, 1, 60],
  ["batik-tirta-malon", "cap", "scarf", ["Truntum"], "indigo", "Katun prima", 165000, 6, 3],
  ["batik-tirta-malon", "kombinasi", "selendang", ["Parang"], "mahoni", "Katun prima", 395000, 2, 8],

  ["batik-jolawe-asri", "tulis", "selendang", ["Asem Arang"], "jolawe", "Sutra", 975000, 1, 16],
  ["batik-jolawe-asri", "tulis", "scarf", ["Truntum"], "jolawe", "Sutra", 595000, 1, 9],
  ["batik-jolawe-asri", "cap", "scarf", ["Kawung"], "jolawe", "Katun prima", 145000, 8, 3],
  ["batik-jolawe-asri", "kombinasi", "scarf", ["Asem Arang"], "secang", "Rayon", 275000, 4, 6],
  ["batik-jolawe-asri", "tulis", "kain-panjang", ["Asem Arang", "Truntum"], "jolawe", "Katun primisima", 1650000, 1, 32],
  ["batik-jolawe-asri", "cap", "selendang", ["Sidomukti"], "jolawe", "Rayon", 225000, 5, 4],

  ["griya-batik-rejomulyo", "tulis", "kain-panjang", ["Asem Arang"], "sogan", "Katun primisima", 1250000, 1, 25],
  ["griya-batik-rejomulyo", "tulis", "kain-panjang", ["Blekok Srondol"], "naphthol", "Katun primisima", 1100000, 2, 24],
  ["griya-batik-rejomulyo", "cap", "kain-panjang", ["Lawang Sewu"], "indigosol", "Katun primisima", 275000, 12, 3],
  ["griya-batik-rejomulyo", "cap", "kain-panjang", ["Asem Arang"], "naphthol", "Katun prima", 225000, 15, 3],
  ["griya-batik-rejomulyo", "kombinasi", "kain-panjang", ["Lawang Sewu", "Asem Arang"], "biru-laut", "Katun primisima", 650000, 3, 10],
  ["griya-batik-rejomulyo", "cap", "kemeja", ["Lawang Sewu"], "sogan", "Katun prima", 245000, { S: 2, M: 4, L: 4, XL: 3 }, 4],
  ["griya-batik-rejomulyo", "kombinasi", "kemeja", ["Blekok Srondol"], "remazol", "Katun primisima", 425000, { M: 2, L: 2, XL: 1 }, 8],
  ["griya-batik-rejomulyo", "cap", "sarung", ["Warak Ngendog"], "naphthol", "Katun prima", 265000, 6, 4],

  ["batik-warak-kampung", "cap", "kemeja", ["Warak Ngendog"], "remazol", "Katun prima", 235000, { S: 3, M: 5, L: 5, XL: 3 }, 4],
  ["batik-warak-kampung", "cap", "masker", ["Warak Ngendog"], "remazol", "Katun prima", 35000, 40, 1],
  ["batik-warak-kampung", "kombinasi", "dress", ["Warak Ngendog"], "indigosol", "Rayon", 465000, { S: 1, M: 2, L: 1 }, 9],
  ["batik-warak-kampung", "tulis", "kain-panjang", ["Warak Ngendog"], "naphthol", "Katun primisima", 975000, 1, 21],
  ["batik-warak-kampung", "cap", "outer", ["Warak Ngendog", "Truntum"], "remazol", "Rayon", 325000, { M: 3, L: 3, XL: 2 }, 5],
  ["batik-warak-kampung", "printing", "masker", ["Warak Ngendog"], "naphthol", "Katun", 25000, 60, 1],

  ["batik-lawang-asri", "cap", "kemeja", ["Lawang Sewu"], "sogan", "Katun primisima", 325000, { S: 3, M: 6, L: 6, XL: 4, XXL: 2 }, 5],
  ["batik-lawang-asri", "cap", "dress", ["Lawang Sewu"], "indigosol", "Rayon", 375000, { S: 3, M: 4, L: 3 }, 5],
  ["batik-lawang-asri", "kombinasi", "outer", ["Tugu Muda"], "biru-laut", "Katun primisima", 545000, { M: 2, L: 2, XL: 1 }, 9],
  ["batik-lawang-asri", "tulis", "kemeja", ["Lawang Sewu"], "indigo", "Sutra", 1450000, { L: 1 }, 25],
  ["batik-lawang-asri", "cap", "outer", ["Kawung"], "soga", "Katun prima", 365000, { M: 4, L: 4, XL: 2 }, 5],
  ["batik-lawang-asri", "kombinasi", "dress", ["Mega Mendung"], "remazol", "Sutra", 875000, { S: 1, M: 1, L: 1 }, 12],
  ["batik-lawang-asri", "printing", "kemeja", ["Tugu Muda"], "naphthol", "Katun", 149000, { M: 10, L: 10, XL: 8 }, 1],

  ["batik-tembalang-sejahtera", "cap", "kemeja", ["Sidomukti"], "biru-laut", "Katun prima", 195000, { M: 6, L: 6, XL: 4 }, 3],
  ["batik-tembalang-sejahtera", "cap", "kemeja", ["Parang"], "sogan", "Katun prima", 185000, { S: 4, M: 6, L: 6, XL: 4 }, 3],
  ["batik-tembalang-sejahtera", "cap", "kain-panjang", ["Sidomukti"], "remazol", "Katun prima", 175000, 20, 3],
  ["batik-tembalang-sejahtera", "cap", "dress", ["Truntum"], "indigosol", "Rayon", 265000, { S: 3, M: 3, L: 2 }, 4],
  ["batik-tembalang-sejahtera", "cap", "kain-panjang", ["Kawung Picis"], "naphthol", "Katun prima", 189000, 14, 3],
  ["batik-tembalang-sejahtera", "cap", "scarf", ["Parang"], "remazol", "Rayon", 125000, 10, 2],

  ["batik-blekok-srondol", "tulis", "kain-panjang", ["Blekok Srondol"], "secang", "Sutra ATBM", 2850000, 1, 40],
  ["batik-blekok-srondol", "tulis", "kain-panjang", ["Blekok Srondol"], "indigo", "Katun primisima", 1350000, 1, 28],
  ["batik-blekok-srondol", "tulis", "selendang", ["Blekok Srondol"], "mahoni", "Sutra", 1200000, 1, 20],
  ["batik-blekok-srondol", "tulis", "scarf", ["Blekok Srondol"], "secang", "Sutra", 725000, 1, 12],
  ["batik-blekok-srondol", "kombinasi", "kemeja", ["Blekok Srondol"], "soga", "Katun primisima", 525000, { M: 1, L: 2, XL: 1 }, 10],
  ["batik-blekok-srondol", "tulis", "dress", ["Blekok Srondol", "Truntum"], "indigo", "Sutra", 1650000, { M: 1 }, 30],

  ["batik-pesisir-tugu", "kombinasi", "kain-panjang", ["Mega Mendung"], "biru-laut", "Katun primisima", 625000, 4, 9],
  ["batik-pesisir-tugu", "kombinasi", "kain-panjang", ["Mega Mendung", "Parang"], "indigosol", "Katun primisima", 695000, 3, 10],
  ["batik-pesisir-tugu", "cap", "kain-panjang", ["Mega Mendung"], "biru-laut", "Katun prima", 265000, 12, 3],
  ["batik-pesisir-tugu", "kombinasi", "kemeja", ["Mega Mendung"], "biru-laut", "Katun primisima", 445000, { M: 3, L: 3, XL: 2, XXL: 1 }, 8],
  ["batik-pesisir-tugu", "tulis", "kain-panjang", ["Mega Mendung"], "indigosol", "Sutra", 2250000, 1, 35],
  ["batik-pesisir-tugu", "kombinasi", "sarung", ["Mega Mendung"], "naphthol", "Katun primisima", 485000, 3, 9],
  ["batik-pesisir-tugu", "cap", "outer", ["Mega Mendung"], "remazol", "Rayon", 345000, { M: 3, L: 3, XL: 2 }, 4],

  ["batik-candi-sari", "tulis", "kain-panjang", ["Truntum"], "soga", "Katun primisima", 1950000, 1, 40],
  ["batik-candi-sari", "tulis", "kain-panjang", ["Sidomukti"], "soga", "Sutra ATBM", 3850000, 1, 55],
  ["batik-candi-sari", "tulis", "kain-panjang", ["Kawung"], "indigo", "Katun primisima", 1550000, 1, 35],
  ["batik-candi-sari", "tulis", "selendang", ["Truntum"], "soga", "Sutra", 1050000, 2, 18],
  ["batik-candi-sari", "kombinasi", "kain-panjang", ["Kawung Picis"], "soga", "Katun prima", 525000, 3, 10],
  ["batik-candi-sari", "tulis", "kemeja", ["Sidomukti"], "soga", "Katun primisima", 1150000, { XL: 1 }, 22],

  ["batik-mijen-hijau", "tulis", "kain-panjang", ["Asem Arang"], "jolawe", "Katun primisima", 1100000, 1, 26],
  ["batik-mijen-hijau", "cap", "kain-panjang", ["Asem Arang"], "tingi", "Katun prima", 295000, 6, 5],
  ["batik-mijen-hijau", "cap", "scarf", ["Asem Arang"], "indigo", "Katun prima", 175000, 8, 4],
  ["batik-mijen-hijau", "kombinasi", "kemeja", ["Kawung"], "jolawe", "Katun primisima", 465000, { M: 2, L: 2 }, 10],
  ["batik-mijen-hijau", "tulis", "selendang", ["Kawung Picis"], "tingi", "Sutra", 875000, 1, 15],
  ["batik-mijen-hijau", "cap", "masker", ["Asem Arang"], "indigo", "Katun prima", 45000, 25, 1],

  ["rumah-batik-pedurungan", "cap", "kemeja", ["Parang"], "naphthol", "Katun prima", 199000, { S: 8, M: 12, L: 12, XL: 8, XXL: 4 }, 3],
  ["rumah-batik-pedurungan", "printing", "kemeja", ["Asem Arang"], "remazol", "Katun", 125000, { S: 10, M: 15, L: 15, XL: 10 }, 1],
  ["rumah-batik-pedurungan", "printing", "kain-panjang", ["Lawang Sewu"], "indigosol", "Katun", 95000, 30, 1],
  ["rumah-batik-pedurungan", "printing", "scarf", ["Tugu Muda"], "naphthol", "Rayon", 75000, 40, 1],
  ["rumah-batik-pedurungan", "cap", "kain-panjang", ["Tugu Muda"], "sogan", "Katun prima", 215000, 18, 3],
  ["rumah-batik-pedurungan", "cap", "dress", ["Parang"], "naphthol", "Rayon", 285000, { S: 4, M: 6, L: 4 }, 4],
  ["rumah-batik-pedurungan", "printing", "dress", ["Mega Mendung"], "biru-laut", "Rayon", 165000, { S: 6, M: 8, L: 6 }, 1],

  ["batik-ngaliyan-indah", "cap", "scarf", ["Tugu Muda"], "remazol", "Rayon", 135000, 12, 2],
  ["batik-ngaliyan-indah", "cap", "masker", ["Tugu Muda"], "indigosol", "Katun prima", 30000, 50, 1],
  ["batik-ngaliyan-indah", "printing", "scarf", ["Lawang Sewu"], "remazol", "Rayon", 75000, 30, 1],
  ["batik-ngaliyan-indah", "printing", "masker", ["Tugu Muda"], "naphthol", "Katun", 25000, 80, 1],
  ["batik-ngaliyan-indah", "cap", "selendang", ["Tugu Muda", "Truntum"], "indigosol", "Rayon", 195000, 8, 3],
  ["batik-ngaliyan-indah", "kombinasi", "scarf", ["Tugu Muda"], "remazol", "Sutra", 395000, 3, 7],
  ["batik-ngaliyan-indah", "printing", "kain-panjang", ["Warak Ngendog"], "naphthol", "Katun", 85000, 25, 1],
]

/** Makers that hold Batikmark certificates; the others sell genuine batik without the label (yet). */
const CERTIFIED = new Set([
  "batik-sekar-malon",
  "batik-wana-lestari",
  "batik-tirta-malon",
  "griya-batik-rejomulyo",
  "batik-lawang-asri",
  "batik-blekok-srondol",
  "batik-pesisir-tugu",
  "batik-candi-sari",
  "rumah-batik-pedurungan",
  "batik-tembalang-sejahtera",
])

/**
 * A Batikmark certificate is issued to a maker for one technique, so all its pieces of that technique
 * share the number; the number's year and serial are derived from the maker so they never change.
 */
export function batikmarkNumber(makerHandle: string, technique: Exclude<BatikTechnique, "printing">): string {
  const h = hashSeed(`${makerHandle}:${technique}`)
  const year = 2015 + (h % 11)
  const serial = String((h >>> 8) % 100000).padStart(5, "0")
  return `BM-${year}-${serial}`
}

/** Everything the seed needs for one product: Medusa fields, variants with stock, batik attributes, picture. */
export type DemoProduct = {
  maker_handle: string
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  price: number
  /** Size → stock; one-size pieces have the single size "All size". */
  sizes: Record<string, number>
  batik: Required<BatikAttributesInput>
  picture: { seed: number; motifs: MotifKind[]; dye: DyeBathKey; form: BatikForm }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const formatDimensions = (d: [number, number] | null) => (d ? `${d[0]} x ${d[1]} cm` : "")

/** One piece as the catalogue describes it; titles, texts, Batikmark and picture follow from it. */
export type ProductSpec = {
  maker_handle: string
  technique: BatikTechnique
  form: BatikForm
  motifs: MotifName[]
  dye: DyeBathKey
  fabric: keyof typeof FABRICS
  price: number
  stock: Stock
  production_days: number
  /** Whether the maker holds a Batikmark certificate for its genuine batik. */
  certified: boolean
}

function describe(spec: ProductSpec, makerName: string): { id: string; en: string } {
  const { technique, form, motifs, fabric, production_days: days } = spec
  const dye = DYE_BATHS[spec.dye]
  const tech = TECHNIQUES[technique]
  const motifList = motifs.join(" dan ")
  const motifListEn = motifs.join(" and ")
  const meaningsId = motifs.map((m) => `${m}: ${MOTIFS[m].meaning.id}`).join("; ")
  const meaningsEn = motifs.map((m) => `${m}: ${MOTIFS[m].meaning.en}`).join("; ")
  const dims = formatDimensions(FORMS[form].dimensions)
  const dyeId = dye.dye_type === "natural" ? `pewarna alam (${dye.dyes.join(", ")})` : `pewarna sintetis (${dye.dyes.join(", ")})`
  const dyeEn = dye.dye_type === "natural" ? `natural dyes (${dye.dyes.join(", ")})` : `synthetic dyes (${dye.dyes.join(", ")})`
  return {
    id:
      `${FORMS[form].title.id} ${tech.title.id.toLowerCase()} motif ${motifList} karya ${makerName}. ${tech.explain.id} ` +
      `Motif ${meaningsId}. Bahan ${fabric.toLowerCase()}, ${dyeId}${dims ? `, ukuran ${dims}` : ""}. ` +
      `Dikerjakan ${days} hari.`,
    en:
      `A ${tech.title.en} ${FORMS[form].title.en} in the ${motifListEn} motif by ${makerName}. ${tech.explain.en} ` +
      `${meaningsEn}. ${capitalise(FABRICS[fabric])}, ${dyeEn}${dims ? `, ${dims}` : ""}. ` +
      `${days} ${days === 1 ? "day" : "days"} of work.`,
  }
}

/**
 * Turns a piece's description into everything a product needs: Indonesian and English title and
 * text, sizes with stock, batik attributes that obey the Batikmark rules, and what its picture shows.
 * `handle` is the title's slug; callers add a suffix where titles repeat.
 */
export function buildProduct(spec: ProductSpec, makerName: string, seedKey: string): DemoProduct {
  const { maker_handle: makerHandle, technique, form, motifs, stock } = spec
  const dye = DYE_BATHS[spec.dye]
  const tech = TECHNIQUES[technique]
  const title =
    technique === "printing"
      ? `${FORMS[form].title.id} Motif ${motifs.join(" ")} ${dye.name.id} (Printing)`
      : `${FORMS[form].title.id} ${tech.title.id} ${motifs.join(" ")} ${dye.name.id}`
  const titleEn =
    technique === "printing"
      ? `${motifs.join(" ")} printed ${FORMS[form].title.en} (batik motif), ${dye.name.en}`
      : `${motifs.join(" ")} ${tech.title.en} ${FORMS[form].title.en}, ${dye.name.en}`
  const text = describe(spec, makerName)
  const care = careFor(technique, dye.dye_type)
  const dims = FORMS[form].dimensions
  const genuine = technique !== "printing" ? technique : null
  const certified = genuine !== null && spec.certified
  const sizes =
    typeof stock === "number" ? { "All size": stock } : SIZED_FORMS.includes(form) ? stock : { "All size": 1 }
  return {
    maker_handle: makerHandle,
    handle: slugify(title),
    title,
    title_en: capitalise(titleEn),
    description: text.id,
    description_en: text.en,
    price: spec.price,
    sizes,
    batik: {
      technique,
      batikmark_number: certified ? batikmarkNumber(makerHandle, genuine) : null,
      batikmark_label: certified ? BATIKMARK_LABEL_FOR[genuine] : null,
      motifs: [...motifs],
      dye_type: dye.dye_type,
      dyes: [...dye.dyes],
      fabric: spec.fabric,
      form,
      length_cm: dims?.[0] ?? null,
      width_cm: dims?.[1] ?? null,
      production_days: spec.production_days,
      colours: [...dye.colours],
      care_id: care.id,
      care_en: care.en,
    },
    picture: {
      seed: hashSeed(seedKey),
      motifs: motifs.map((m) => MOTIFS[m].kind),
      dye: spec.dye,
      form,
    },
  }
}

/**
 * The demo catalogue's products in a fixed order. Handles come from the title; when two makers
 * sell a piece with the same title, the maker's handle is added so every handle stays unique.
 */
export function demoProducts(): DemoProduct[] {
  const built = ROWS.map((row, index) => {
    const [maker_handle, technique, form, motifs, dye, fabric, price, stock, production_days] = row
    const maker = DEMO_MAKERS.find((m) => m.handle === maker_handle)
    if (!maker) {
      throw new Error(`Demo product ${index} names an unknown maker "${maker_handle}"`)
    }
    const spec = { maker_handle, technique, form, motifs, dye, fabric, price, stock, production_days, certified: CERTIFIED.has(maker_handle) }
    return buildProduct(spec, maker.name, `${maker_handle}:${index}`)
  })
  const titleCount = new Map<string, number>()
  for (const p of built) {
    titleCount.set(p.handle, (titleCount.get(p.handle) ?? 0) + 1)
  }
  return built.map((p) => (titleCount.get(p.handle)! > 1 ? { ...p, handle: `${p.handle}-${p.maker_handle}` } : p))
}
