import { z } from "@medusajs/framework/zod"

const handle = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase letters and digits separated by single hyphens, e.g. batik-malon-sari")
const optionalText = z.string().trim().nullable().optional()

const person = z.object({
  name: z.string().trim().min(1, "each person needs a name"),
  role: z.string().trim().min(1, "each person needs a role"),
  bio_id: z.string().default(""),
  bio_en: z.string().default(""),
})

const makerFields = {
  handle,
  name: z.string().trim().min(1, "name cannot be empty"),
  size_class: z.enum(["kecil", "menengah"], { message: "size_class must be kecil or menengah" }),
  district: z.string().trim().min(1, "district cannot be empty"),
  sentra: optionalText,
  story_id: z.string().optional(),
  story_en: z.string().optional(),
  founded_year: z
    .number()
    .int("founded_year must be a whole year")
    .min(1800, "founded_year must be 1800 or later")
    .max(2100, "founded_year must be 2100 or earlier")
    .nullable()
    .optional(),
  people: z.array(person).optional(),
  email: z.email("email must be an email address").nullable().optional(),
  phone: optionalText,
  whatsapp: optionalText,
  pickup_address: optionalText,
  logo_url: z.url("logo_url must be a URL").nullable().optional(),
  photos: z.array(z.url("each photo must be a URL")).optional(),
}

/** Body of `POST /admin/makers`: a new maker starts pending. */
export const AdminCreateMaker = z.object(makerFields).strict()
export type AdminCreateMakerType = z.infer<typeof AdminCreateMaker>

/** Body of `POST /admin/makers/:id`: any profile field; the status changes only via approve/suspend. */
export const AdminUpdateMaker = z.object(makerFields).partial().strict()
export type AdminUpdateMakerType = z.infer<typeof AdminUpdateMaker>

/** Query of `GET /admin/makers`. */
export const AdminListMakersQuery = z.object({
  status: z
    .enum(["pending", "approved", "suspended"], { message: "status must be pending, approved or suspended" })
    .optional(),
  q: z.string().trim().max(100, "q can be at most 100 characters").optional(),
  offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit can be at most 100").default(20),
})
export type AdminListMakersQueryType = z.infer<typeof AdminListMakersQuery>

/** Body of `POST /admin/makers/:id/products`: products to give to this maker. */
export const AdminSetMakerProducts = z
  .object({ product_ids: z.array(z.string().min(1)).min(1, "product_ids must name at least one product") })
  .strict()
export type AdminSetMakerProductsType = z.infer<typeof AdminSetMakerProducts>
