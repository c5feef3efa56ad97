/** One person behind a maker, shown on the maker's page. */
export type MakerPerson = { name: string; role: string; bio_id: string; bio_en: string }

export type MakerStatus = "pending" | "approved" | "suspended"

/** What an organiser (or the seed) gives to create a maker; status starts as `pending` unless given. */
export type CreateMakerInput = {
  handle: string
  name: string
  size_class: "kecil" | "menengah"
  district: string
  sentra?: string | null
  story_id?: string
  story_en?: string
  founded_year?: number | null
  people?: MakerPerson[]
  email?: string | null
  phone?: string | null
  whatsapp?: string | null
  pickup_address?: string | null
  logo_url?: string | null
  photos?: string[]
  status?: MakerStatus
}

/** An edit of a maker's profile; the status changes only through approve and suspend. */
export type UpdateMakerInput = { id: string } & Partial<Omit<CreateMakerInput, "status">>
