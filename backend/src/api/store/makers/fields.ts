/** Fields a shopper may see: contact details are public because makers sell to the public. */
export const PUBLIC_MAKER_FIELDS = [
  "id",
  "handle",
  "name",
  "size_class",
  "district",
  "sentra",
  "story_id",
  "story_en",
  "founded_year",
  "people",
  "email",
  "phone",
  "whatsapp",
  "pickup_address",
  "logo_url",
  "photos",
]
