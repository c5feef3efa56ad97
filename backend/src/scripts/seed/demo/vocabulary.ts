import type { BatikForm, BatikTechnique, DyeType } from "@gelar/shared"
import type { MotifKind } from "./patterns"

/**
 * Words the demo catalogue builds its titles and descriptions from, in Indonesian and English.
 * Shared by the demo seed and the scale generator so both describe batik the same way.
 */

export type Bilingual = { id: string; en: string }

/** Motif names as stored in `batik_attributes.motifs`, with the drawing and the meaning buyers ask about. */
export const MOTIFS: Record<string, { kind: MotifKind; meaning: Bilingual }> = {
  "Asem Arang": {
    kind: "asem-arang",
    meaning: {
      id: "pohon asam yang tumbuh jarang-jarang, asal nama Semarang",
      en: "the sparse tamarind trees that gave Semarang its name",
    },
  },
  "Lawang Sewu": {
    kind: "lawang-sewu",
    meaning: {
      id: "gedung seribu pintu peninggalan perusahaan kereta api zaman Belanda",
      en: "the 'thousand doors' building of the colonial railway company",
    },
  },
  "Tugu Muda": {
    kind: "tugu-muda",
    meaning: {
      id: "monumen Pertempuran Lima Hari di Semarang",
      en: "the monument to the Five-Day Battle of Semarang",
    },
  },
  "Warak Ngendog": {
    kind: "warak-ngendog",
    meaning: {
      id: "hewan rekaan pawai Dugderan menjelang Ramadan, lambang kerukunan",
      en: "the imaginary beast of the Dugderan parade before Ramadan, a sign of harmony",
    },
  },
  "Blekok Srondol": {
    kind: "blekok-srondol",
    meaning: {
      id: "burung blekok yang dulu bersarang di pepohonan Srondol",
      en: "the herons that once nested in the trees of Srondol",
    },
  },
  Parang: {
    kind: "parang",
    meaning: {
      id: "ombak yang tak pernah putus, lambang semangat yang tak padam",
      en: "unbroken waves, a sign of perseverance",
    },
  },
  "Parang Barong": {
    kind: "parang",
    meaning: {
      id: "parang berukuran besar yang dahulu dipakai kalangan keraton",
      en: "the large parang once worn at the royal courts",
    },
  },
  Kawung: {
    kind: "kawung",
    meaning: {
      id: "buah aren yang tersusun rapi, lambang kesucian dan keadilan",
      en: "palm fruit in neat rows, a sign of purity and fairness",
    },
  },
  "Kawung Picis": {
    kind: "kawung",
    meaning: {
      id: "kawung kecil seukuran uang picis, lambang rezeki",
      en: "small kawung the size of a picis coin, a sign of good fortune",
    },
  },
  Truntum: {
    kind: "truntum",
    meaning: {
      id: "bintang-bintang kecil, lambang cinta yang tumbuh kembali",
      en: "little stars, a sign of love that blossoms again",
    },
  },
  Sidomukti: {
    kind: "sidomukti",
    meaning: {
      id: "harapan hidup sejahtera, dipakai pengantin",
      en: "the hope of a prosperous life, worn by brides and grooms",
    },
  },
  "Mega Mendung": {
    kind: "mega-mendung",
    meaning: {
      id: "awan pembawa hujan, lambang kesabaran dan kesejukan",
      en: "rain clouds, a sign of patience and calm",
    },
  },
}
export type MotifName = keyof typeof MOTIFS

/** How each technique is named in a title and explained in a description. */
export const TECHNIQUES: Record<BatikTechnique, { title: Bilingual; explain: Bilingual }> = {
  tulis: {
    title: { id: "Batik Tulis", en: "hand-drawn batik" },
    explain: {
      id: "Seluruh malam digoreskan dengan canting, sehingga setiap lembar berbeda.",
      en: "All the wax is drawn by hand with a canting, so every piece is different.",
    },
  },
  cap: {
    title: { id: "Batik Cap", en: "stamped batik" },
    explain: {
      id: "Malam dicapkan dengan cap tembaga buatan perajin, rapi dan berulang.",
      en: "The wax is applied with the maker's copper stamp: neat and repeating.",
    },
  },
  kombinasi: {
    title: { id: "Batik Kombinasi", en: "combined batik" },
    explain: {
      id: "Latar dicap, lalu detailnya digambar dengan canting.",
      en: "The ground is stamped, then the details are drawn with a canting.",
    },
  },
  printing: {
    title: { id: "Tekstil Motif Batik (Printing)", en: "printed textile with batik motif" },
    explain: {
      id: "Motif dicetak di mesin, tanpa malam: ini tekstil bermotif batik, bukan batik menurut SNI.",
      en: "The motif is machine-printed without wax: a batik-motif textile, not batik under the national standard.",
    },
  },
}

/** Form names for titles, and the size a cloth usually has (clothing comes in sizes instead). */
export const FORMS: Record<BatikForm, { title: Bilingual; dimensions: [number, number] | null }> = {
  "kain-panjang": { title: { id: "Kain Panjang", en: "kain panjang cloth" }, dimensions: [250, 105] },
  selendang: { title: { id: "Selendang", en: "shawl" }, dimensions: [200, 50] },
  kemeja: { title: { id: "Kemeja", en: "shirt" }, dimensions: null },
  dress: { title: { id: "Dress", en: "dress" }, dimensions: null },
  scarf: { title: { id: "Scarf", en: "scarf" }, dimensions: [90, 90] },
  masker: { title: { id: "Masker", en: "face mask" }, dimensions: [20, 14] },
  sarung: { title: { id: "Sarung", en: "sarong" }, dimensions: [200, 110] },
  outer: { title: { id: "Outer", en: "outer" }, dimensions: null },
}

/** Clothing forms are sold in sizes (one variant per size); cloths are one size. */
export const SIZED_FORMS: readonly BatikForm[] = ["kemeja", "dress", "outer"]

/** A dye bath: which palette draws it, its dyes, the colour words buyers filter on. */
export type DyeBath = {
  dye_type: DyeType
  palette: number
  name: Bilingual
  dyes: string[]
  colours: string[]
}

export const DYE_BATHS: Record<string, DyeBath> = {
  indigo: { dye_type: "natural", palette: 0, name: { id: "Indigo", en: "indigo" }, dyes: ["indigo"], colours: ["biru tua", "krem"] },
  soga: { dye_type: "natural", palette: 1, name: { id: "Soga", en: "soga brown" }, dyes: ["kulit tingi", "tegeran", "jolawe"], colours: ["coklat", "krem"] },
  mahoni: { dye_type: "natural", palette: 2, name: { id: "Mahoni", en: "mahogany" }, dyes: ["kulit mahoni"], colours: ["coklat kemerahan", "krem"] },
  tingi: { dye_type: "natural", palette: 3, name: { id: "Tingi", en: "tingi rust" }, dyes: ["kulit tingi"], colours: ["merah bata", "coklat"] },
  jolawe: { dye_type: "natural", palette: 4, name: { id: "Jolawe", en: "jolawe olive" }, dyes: ["jolawe", "daun mangga"], colours: ["kuning", "hijau zaitun"] },
  secang: { dye_type: "natural", palette: 5, name: { id: "Secang", en: "sappan red" }, dyes: ["kayu secang"], colours: ["merah", "merah muda"] },
  naphthol: { dye_type: "synthetic", palette: 0, name: { id: "Merah", en: "red" }, dyes: ["naphthol"], colours: ["merah", "oranye", "hitam"] },
  remazol: { dye_type: "synthetic", palette: 1, name: { id: "Toska", en: "turquoise" }, dyes: ["remazol"], colours: ["toska", "kuning", "ungu"] },
  indigosol: { dye_type: "synthetic", palette: 2, name: { id: "Merah Muda", en: "pink" }, dyes: ["indigosol"], colours: ["merah muda", "biru"] },
  sogan: { dye_type: "synthetic", palette: 3, name: { id: "Sogan", en: "sogan brown" }, dyes: ["naphthol"], colours: ["coklat", "emas"] },
  "biru-laut": { dye_type: "synthetic", palette: 4, name: { id: "Biru Laut", en: "sea blue" }, dyes: ["indigosol", "remazol"], colours: ["biru", "kuning"] },
}
export type DyeBathKey = keyof typeof DYE_BATHS

/** Fabrics as sellers name them, with an English gloss for the description. */
export const FABRICS: Record<string, string> = {
  "Katun primisima": "primisima cotton",
  "Katun prima": "prima cotton",
  Katun: "cotton",
  Sutra: "silk",
  "Sutra ATBM": "handwoven (ATBM) silk",
  Rayon: "rayon",
  Dobby: "dobby cotton",
}

/** Care advice that suits the dye: natural dyes fade in sun and strong soap; prints are sturdy. */
export function careFor(technique: BatikTechnique, dyeType: DyeType): Bilingual {
  if (technique === "printing") {
    return {
      id: "Boleh dicuci mesin dengan siklus lembut; setrika suhu sedang dari sisi dalam.",
      en: "Machine washable on a gentle cycle; iron inside out at medium heat.",
    }
  }
  if (dyeType === "natural") {
    return {
      id: "Cuci dengan tangan memakai lerak atau sampo bayi, jangan diperas, jemur di tempat teduh.",
      en: "Hand wash with soap nut (lerak) or baby shampoo, do not wring, dry in the shade.",
    }
  }
  return {
    id: "Cuci dengan tangan memakai sabun lembut, jangan direndam lama, setrika dari sisi dalam.",
    en: "Hand wash with mild soap, do not soak for long, iron inside out.",
  }
}

/** Lower-case, dash-separated URL handle ("Kain Panjang Batik Tulis" → "kain-panjang-batik-tulis"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
