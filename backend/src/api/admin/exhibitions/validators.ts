import { z } from "@medusajs/framework/zod"

const instant = (name: string) =>
  z.iso.datetime({
    offset: true,
    message: `${name} must be a date and time with its UTC offset, e.g. 2026-12-03T09:00:00+07:00 (Asia/Jakarta)`,
  })

const exhibitionFields = {
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase letters and digits separated by single hyphens, e.g. gelar-2026"),
  title_id: z.string().trim().min(1, "title_id (the Indonesian title) cannot be empty"),
  title_en: z.string().trim().min(1, "title_en (the English title) cannot be empty"),
  description_id: z.string().optional(),
  description_en: z.string().optional(),
  venue: z.string().trim().min(1, "venue cannot be empty"),
  address: z.string().optional(),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  cover_image_url: z.url("cover_image_url must be a URL").nullable().optional(),
}

/** Body of `POST /admin/exhibitions`. */
export const AdminCreateExhibition = z.object(exhibitionFields).strict()
export type AdminCreateExhibitionType = z.infer<typeof AdminCreateExhibition>

/** Body of `POST /admin/exhibitions/:id`. */
export const AdminUpdateExhibition = z.object(exhibitionFields).partial().strict()
export type AdminUpdateExhibitionType = z.infer<typeof AdminUpdateExhibition>

/** Body of `POST /admin/exhibitions/:id/participants`: adds the maker, or moves it to this booth. */
export const AdminAddParticipant = z
  .object({
    maker_id: z.string().min(1, "maker_id is required"),
    booth_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, "booth_code must be up to 16 letters, digits or hyphens, e.g. A-12"),
  })
  .strict()
export type AdminAddParticipantType = z.infer<typeof AdminAddParticipant>

/** Body of `POST /admin/exhibitions/:id/featured`: appends the product to the featured list. */
export const AdminFeatureProduct = z
  .object({
    product_id: z.string().min(1, "product_id is required"),
    note_id: z.string().nullable().optional(),
    note_en: z.string().nullable().optional(),
  })
  .strict()
export type AdminFeatureProductType = z.infer<typeof AdminFeatureProduct>

/** Body of `POST /admin/exhibitions/:id/featured/reorder`: every featured product, in the new order. */
export const AdminReorderFeatured = z
  .object({ product_ids: z.array(z.string().min(1)).min(1, "product_ids must list the featured products") })
  .strict()
export type AdminReorderFeaturedType = z.infer<typeof AdminReorderFeatured>

/** Query of `GET /admin/exhibitions`. */
export const AdminListExhibitionsQuery = z.object({
  offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit can be at most 100").default(20),
})
export type AdminListExhibitionsQueryType = z.infer<typeof AdminListExhibitionsQuery>
