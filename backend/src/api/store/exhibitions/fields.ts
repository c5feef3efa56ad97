/** An exhibition's own public fields. */
export const EXHIBITION_FIELDS = [
  "id",
  "handle",
  "title_id",
  "title_en",
  "description_id",
  "description_en",
  "venue",
  "address",
  "starts_at",
  "ends_at",
  "cover_image_url",
]
