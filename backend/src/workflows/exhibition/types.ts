/** What an organiser gives to create an exhibition; instants are ISO strings with an offset or Dates. */
export type CreateExhibitionInput = {
  handle: string
  title_id: string
  title_en: string
  description_id?: string
  description_en?: string
  venue: string
  address?: string
  starts_at: Date | string
  ends_at: Date | string
  cover_image_url?: string | null
}

export type UpdateExhibitionInput = { id: string } & Partial<CreateExhibitionInput>
