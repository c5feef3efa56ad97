// Shapes of the store's own endpoints (docs/decisions/002-makers-exhibitions-model.md), snake_case
// end to end like Medusa's payloads, and the product card every listing renders.

import type { BatikTechnique, BatikmarkLabel, DyeType, ExhibitionStatus } from "@gelar/shared"

export type Technique = BatikTechnique

export interface BatikAttributes {
  technique: Technique
  batikmark_number: string | null
  batikmark_label: BatikmarkLabel | null
  motifs: string[] | null
  dye_type: DyeType | null
  dyes: string[] | null
  fabric: string | null
  form: string | null
  length_cm: number | null
  width_cm: number | null
  production_days: number | null
  colours: string[] | null
  care_id: string | null
  care_en: string | null
}

export interface MakerSummary {
  id: string
  handle: string
  name: string
  size_class?: "kecil" | "menengah"
  district?: string | null
  sentra?: string | null
  logo_url?: string | null
  product_count?: number
}

export interface MakerPerson {
  name: string
  role?: string | null
  bio_id?: string | null
  bio_en?: string | null
}

export interface Maker extends MakerSummary {
  story_id: string | null
  story_en: string | null
  founded_year: number | null
  people: MakerPerson[] | null
  email: string | null
  phone: string | null
  whatsapp: string | null
  pickup_address: string | null
  photos: string[] | null
  booth: { exhibition_handle: string; booth_code: string } | null
}

export interface ExhibitionSummary {
  id: string
  handle: string
  title_id: string
  title_en: string
  description_id: string | null
  description_en: string | null
  venue: string | null
  address: string | null
  starts_at: string
  ends_at: string
  cover_image_url: string | null
  status: ExhibitionStatus
}

export interface Exhibition extends ExhibitionSummary {
  featured: {
    position: number
    note_id: string | null
    note_en: string | null
    product: {
      id: string
      handle: string
      title: string
      /** English title (product metadata); older backends leave it out. */
      title_en?: string | null
      thumbnail: string | null
      price: { amount: number; currency_code: string } | null
    }
  }[]
  participants: {
    booth_code: string
    maker: Pick<MakerSummary, "id" | "handle" | "name" | "logo_url" | "district" | "sentra">
  }[]
}

/**
 * A product text in the page's language: the English one (product metadata `title_en`,
 * `description_en`, decision 002) on English pages when there is one, else the Indonesian one.
 */
export function inLanguage<T extends string | null>(lang: "id" | "en", indonesian: T, english: unknown): T | string {
  return lang === "en" && typeof english === "string" && english.trim() ? english : indonesian
}

/** What a product tile needs, whichever endpoint it came from. */
export interface ProductCard {
  id: string
  handle: string
  title: string
  /** The English title, when the product has one: English pages show it (`inLanguage`). */
  title_en?: string | null
  thumbnail: string | null
  price: number | null
  /** Null when the source does not say (an exhibition's featured list carries no stock). */
  in_stock: boolean | null
  maker: { handle: string; name: string } | null
  technique: Technique | null
}

/** A facet of the catalogue with its values and how many products hold each. */
export interface Facet {
  name: string
  /** `label` is what shoppers read when the value is a code (a maker's handle: its name). */
  values: { value: string; count: number; label?: string }[]
}
