/** What a maker sees of its pictures (not the file keys). */
export const MAKER_IMAGE_FIELDS = ["id", "url", "thumbnail_url", "original_name", "width", "height", "created_at"]
