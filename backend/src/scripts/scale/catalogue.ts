import type { BatikForm, BatikTechnique } from "@gelar/shared"
import type { DemoMaker } from "../seed/demo/makers"
import { createRng, hashSeed, MOTIF_KINDS, type MotifKind } from "../seed/demo/patterns"
import { buildProduct, type DemoProduct, type ProductSpec } from "../seed/demo/products"
import {
  DYE_BATHS,
  type DyeBathKey,
  FABRICS,
  MOTIFS,
  type MotifName,
  SIZED_FORMS,
} from "../seed/demo/vocabulary"

/**
 * The benchmark catalogue: N makers and M products at the city's full IKM scale, drawn from the same
 * vocabulary as the demo catalogue and fully determined by the indexes, so every run (and every
 * machine) loads the same data. Pure functions: the loader in generate.ts writes what they return.
 */

/** Semarang's 16 districts; Gunungpati and Semarang Timur hold the two batik centres. */
export const DISTRICTS = [
  "Gunungpati", "Semarang Tengah", "Semarang Utara", "Semarang Timur", "Semarang Selatan", "Semarang Barat",
  "Gayamsari", "Genuk", "Pedurungan", "Candisari", "Gajahmungkur", "Tembalang", "Banyumanik", "Mijen",
  "Ngaliyan", "Tugu",
] as const

const NAME_WORDS = [
  "Sekar", "Wijaya", "Lestari", "Sari", "Mulya", "Asri", "Jaya", "Arum", "Sinar", "Puspa", "Ayu", "Rahayu",
  "Sejahtera", "Indah", "Mekar", "Kencana", "Handayani", "Utama", "Makmur", "Santosa", "Tirta", "Wening",
  "Sumber", "Cahaya", "Anggun", "Larasati", "Gemilang", "Lancar",
]
const FIRST_NAMES = [
  "Sri", "Dwi", "Tri", "Agus", "Budi", "Siti", "Endang", "Wahyu", "Rina", "Yusuf", "Dian", "Hendra", "Ratna",
  "Bambang", "Puji", "Nur", "Slamet", "Fitri", "Teguh", "Lestari",
]
const LAST_NAMES = [
  "Wahyuni", "Astuti", "Priyanto", "Santoso", "Hidayat", "Rahayu", "Gunawan", "Permatasari", "Sutrisno",
  "Handayani", "Maulana", "Riyadi", "Anggraini", "Purwaningsih", "Wibisono",
]

/** A benchmark maker: the demo maker's fields, with a pooled picture instead of its own logo. */
export type ScaleMaker = Omit<DemoMaker, "logo"> & {
  /** Which of the pooled logos this maker shows. */
  picture: number
  certified: boolean
}

/**
 * Maker `i` (0-based) of the benchmark. Kecil and menengah in the city's ratio (2,840 : 789); a
 * third of Gunungpati's makers in the Malon centre and of Semarang Timur's in the Kampung Batik.
 */
export function scaleMaker(i: number): ScaleMaker {
  const rng = createRng(hashSeed(`scale-maker:${i}`))
  const words = [rng.pick(NAME_WORDS), rng.pick(NAME_WORDS)]
  const name = `Batik ${words[0]} ${words[1]}`
  const district = rng.pick(DISTRICTS)
  const sentra =
    district === "Gunungpati" && rng.next() < 0.35
      ? "Sentra Batik Malon"
      : district === "Semarang Timur" && rng.next() < 0.35
        ? "Kampung Batik Semarang"
        : null
  const size_class = rng.next() < 2840 / (2840 + 789) ? "kecil" : "menengah"
  const founded_year = rng.int(1985, 2024)
  const owner = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`
  const serial = String(i + 1).padStart(4, "0")
  const phone = `+62 24 ${rng.int(700, 899)} ${String(i).padStart(4, "0")}`
  return {
    handle: `batik-${words[0]}-${words[1]}-${serial}`.toLowerCase(),
    name: `${name} ${serial}`,
    size_class,
    district,
    sentra,
    story_id: `Usaha batik ${size_class === "kecil" ? "kecil" : "menengah"} di ${district}, berdiri sejak ${founded_year}.`,
    story_en: `A ${size_class === "kecil" ? "small" : "medium"} batik business in ${district}, founded in ${founded_year}.`,
    founded_year,
    people: [
      { name: owner, role: "Pemilik / Owner", bio_id: "Pendiri usaha.", bio_en: "Founder of the business." },
    ],
    email: `ikm${serial}@gelar.test`,
    phone,
    whatsapp: phone.replace("+62 24", "+62 812"),
    pickup_address: `Jl. ${rng.pick(NAME_WORDS)} No. ${rng.int(1, 200)}, ${district}, Semarang`,
    picture: i,
    certified: rng.next() < 0.6,
  }
}

const TECHNIQUE_WEIGHTS: [BatikTechnique, number][] = [
  ["tulis", 0.3],
  ["cap", 0.35],
  ["kombinasi", 0.15],
  ["printing", 0.2],
]
const FORM_WEIGHTS: [BatikForm, number][] = [
  ["kain-panjang", 0.3],
  ["kemeja", 0.22],
  ["selendang", 0.1],
  ["dress", 0.1],
  ["scarf", 0.1],
  ["outer", 0.07],
  ["sarung", 0.06],
  ["masker", 0.05],
]
const SIZES = ["S", "M", "L", "XL", "XXL"]
const NATURAL_BATHS = Object.keys(DYE_BATHS).filter((k) => DYE_BATHS[k].dye_type === "natural")
const SYNTHETIC_BATHS = Object.keys(DYE_BATHS).filter((k) => DYE_BATHS[k].dye_type === "synthetic")
const MOTIF_NAMES = Object.keys(MOTIFS) as MotifName[]

function weighted<T>(rng: ReturnType<typeof createRng>, options: [T, number][]): T {
  let r = rng.next()
  for (const [value, weight] of options) {
    r -= weight
    if (r < 0) return value
  }
  return options[options.length - 1][0]
}

/** Price bands in rupiah by technique and form, from DOMAIN.md's typical prices. */
const BASE_PRICE: Record<BatikTechnique, [number, number]> = {
  tulis: [500_000, 3_500_000],
  kombinasi: [300_000, 900_000],
  cap: [150_000, 400_000],
  printing: [70_000, 160_000],
}
const FORM_FACTOR: Record<BatikForm, number> = {
  "kain-panjang": 1,
  sarung: 0.9,
  selendang: 0.7,
  kemeja: 0.8,
  dress: 0.95,
  outer: 0.9,
  scarf: 0.5,
  masker: 0.12,
}

/**
 * Which maker sells product `i`: every maker at least one product (the first N go one each), the
 * rest a fixed but uneven spread, as some makers list far more than others.
 */
export function makerOfProduct(i: number, makers: number): number {
  if (i < makers) {
    return i
  }
  const rng = createRng(hashSeed(`scale-product-maker:${i}`))
  return Math.min(makers - 1, Math.floor(rng.next() ** 1.2 * makers))
}

/** Product `i` of the benchmark, by maker `makerIndex`: same shape and rules as a demo product. */
export function scaleProduct(i: number, maker: ScaleMaker, makerIndex: number): DemoProduct {
  const rng = createRng(hashSeed(`scale-product:${i}`))
  const technique = weighted(rng, TECHNIQUE_WEIGHTS)
  const form = weighted(rng, FORM_WEIGHTS)
  const motifs = [rng.pick(MOTIF_NAMES)]
  if (rng.next() < 0.25) {
    const second = rng.pick(MOTIF_NAMES)
    if (second !== motifs[0]) motifs.push(second)
  }
  const natural = technique !== "printing" && rng.next() < 0.4
  const dye = rng.pick(natural ? NATURAL_BATHS : SYNTHETIC_BATHS) as DyeBathKey
  const fabric = rng.pick(
    technique === "tulis" ? ["Katun primisima", "Sutra", "Sutra ATBM"] : ["Katun prima", "Katun primisima", "Rayon", "Dobby"]
  ) as keyof typeof FABRICS
  const [low, high] = BASE_PRICE[technique]
  const price = Math.round((rng.between(low, high) * FORM_FACTOR[form]) / 5000) * 5000 || 5000
  const oneOfAKind = technique === "tulis" && rng.next() < 0.85
  let stock: ProductSpec["stock"]
  if (SIZED_FORMS.includes(form)) {
    const from = rng.int(0, 2)
    const to = rng.int(from + 1, SIZES.length - 1)
    const sizes = oneOfAKind ? [SIZES[rng.int(1, 3)]] : SIZES.slice(from, to + 1)
    stock = Object.fromEntries(sizes.map((s) => [s, oneOfAKind ? 1 : rng.int(1, 12)]))
  } else {
    stock = oneOfAKind ? 1 : rng.int(2, 30)
  }
  const production_days =
    technique === "tulis" ? rng.int(10, 60) : technique === "kombinasi" ? rng.int(6, 14) : rng.int(1, 5)
  const spec: ProductSpec = {
    maker_handle: maker.handle,
    technique,
    form,
    motifs,
    dye,
    fabric,
    price,
    stock,
    production_days,
    certified: maker.certified,
  }
  const product = buildProduct(spec, maker.name, `scale-product:${i}`)
  // Titles repeat across tens of thousands of pieces; the index keeps handles unique and stable.
  return { ...product, handle: `${product.handle}-${String(i + 1).padStart(6, "0")}` }
}

/** The pooled product pictures: one per motif drawing and form, so 70,000 products need 80 renders. */
export function picturePoolKey(motif: MotifKind, form: BatikForm): string {
  return `${motif}--${form}`
}

export const PICTURE_POOL: { motif: MotifKind; form: BatikForm }[] = MOTIF_KINDS.flatMap((motif) =>
  FORM_WEIGHTS.map(([form]) => ({ motif, form }))
)

/** How many maker logos are drawn; makers share them round-robin. */
export const LOGO_POOL_SIZE = 24
