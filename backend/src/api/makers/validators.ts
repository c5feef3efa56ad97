import { z } from "@medusajs/framework/zod"
import { AdminCreateMaker, AdminUpdateMaker } from "../admin/makers/validators"
import { AdminSetBatikAttributes } from "../admin/products/validators"

/** Body of `POST /makers/apply`: the business (it starts pending) and the applicant's name. */
export const MakerApply = z
  .object({
    maker: AdminCreateMaker,
    name: z.string().trim().min(1, "your name cannot be empty"),
  })
  .strict()
export type MakerApplyType = z.infer<typeof MakerApply>

/** Pieces on hand of one size; a hand-made cloth is usually one of a kind. */
const stock = z
  .number({ message: "stock must be a whole number of pieces" })
  .int("stock must be a whole number of pieces")
  .min(0, "stock cannot be negative")
  .max(9999, "stock is at most 9999 pieces")

const variant = z
  .object({
    title: z.string().trim().min(1, "each size needs a name, e.g. All size or M"),
    price: z
      .number({ message: "price must be a number of rupiah" })
      .int("price must be whole rupiah")
      .min(1000, "price must be at least Rp 1.000"),
    sku: z.string().trim().nullable().optional(),
    stock: stock.default(1),
  })
  .strict()

/** Ids of the maker's own uploaded pictures (`POST /makers/uploads`), in the order they are shown. */
const imageIds = (max: number) =>
  z
    .array(z.string().min(1, "an image id cannot be empty"), { message: "images must be a list of your image ids" })
    .max(max, `at most ${max} pictures`)
    .refine((ids) => new Set(ids).size === ids.length, "each picture can be used once")

/** Body of `POST /makers/products`: a new piece of the signed-in maker (a draft unless published). */
export const MakerCreateProduct = z
  .object({
    title: z.string().trim().min(1, "title cannot be empty"),
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase letters and digits separated by single hyphens")
      .optional(),
    description: z.string().nullable().optional(),
    status: z.enum(["draft", "published"], { message: "status must be draft or published" }).default("draft"),
    variants: z
      .array(variant)
      .min(1, "add at least one size with its price")
      .refine((vs) => new Set(vs.map((v) => v.title)).size === vs.length, "each size name must be different"),
    batik: AdminSetBatikAttributes.optional(),
    images: imageIds(10).optional(),
  })
  .strict()
export type MakerCreateProductType = z.infer<typeof MakerCreateProduct>

/**
 * One size in an edit of a piece: with `id` one of its sizes (renamed or re-priced; its stock is changed
 * through the stock route), without one a new size with its stock.
 */
const sizeEdit = variant
  .pick({ title: true, price: true })
  .extend({ id: z.string().min(1, "a size id cannot be empty").optional(), stock: stock.optional() })
  .strict()

/**
 * Body of `POST /makers/products/:id`: text edits, publish/unpublish, pictures, batik attributes and the
 * full list of sizes (sizes left out are removed).
 */
export const MakerUpdateProduct = z
  .object({
    title: z.string().trim().min(1, "title cannot be empty").optional(),
    description: z.string().nullable().optional(),
    status: z.enum(["draft", "published"], { message: "status must be draft or published" }).optional(),
    images: imageIds(10).optional(),
    batik: AdminSetBatikAttributes.optional(),
    variants: z
      .array(sizeEdit)
      // A refinement, not .min(1): Medusa rewords size errors generically and this one should say what to do.
      .refine((vs) => vs.length > 0, "a piece keeps at least one size: add another before removing this one")
      .refine((vs) => new Set(vs.map((v) => v.title)).size === vs.length, "each size name must be different")
      .refine((vs) => {
        const ids = vs.flatMap((v) => (v.id ? [v.id] : []))
        return new Set(ids).size === ids.length
      }, "each size id can be listed once")
      .optional(),
  })
  .strict()
export type MakerUpdateProductType = z.infer<typeof MakerUpdateProduct>

const page = {
  offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  limit: z.coerce.number().int().min(1).max(100, "limit is at most 100").default(20),
}

/** Query of `GET /makers/products`; no `fields`: the field set is fixed. */
export const MakerListProductsQuery = z.object(page).strict()
export type MakerListProductsQueryType = z.infer<typeof MakerListProductsQuery>

/** Query of `GET /makers/uploads`; no `fields`: the field set is fixed. */
export const MakerListImagesQuery = z.object(page).strict()
export type MakerListImagesQueryType = z.infer<typeof MakerListImagesQuery>

/** Body of `POST /makers/products/:id/variants/:variant_id/stock`: a new count, or a change by so many pieces. */
export const MakerSetStock = z
  .object({
    quantity: stock.optional(),
    adjustment: z
      .number({ message: "adjustment must be a whole number of pieces" })
      .int("adjustment must be a whole number of pieces")
      .min(-9999, "adjustment is at least -9999")
      .max(9999, "adjustment is at most 9999")
      .refine((n) => n !== 0, "adjustment cannot be 0")
      .optional(),
  })
  .strict()
  .refine((b) => (b.quantity === undefined) !== (b.adjustment === undefined), {
    message: "give either quantity (the pieces on hand) or adjustment (pieces added, or taken away when negative)",
  })
export type MakerSetStockType = z.infer<typeof MakerSetStock>

/** Body of `POST /makers/me`: the maker's own profile; photos and logo are ids of its uploaded pictures. */
export const MakerUpdateProfile = AdminUpdateMaker.pick({
  name: true,
  story_id: true,
  story_en: true,
  people: true,
  pickup_address: true,
  email: true,
  phone: true,
  whatsapp: true,
})
  .extend({
    photos: imageIds(12).optional(),
    logo_image_id: z.string().min(1, "logo_image_id cannot be empty").nullable().optional(),
  })
  .strict()
export type MakerUpdateProfileType = z.infer<typeof MakerUpdateProfile>

/** Body of `POST /admin/makers/:id/invite`. */
export const AdminInviteMakerUser = z.object({ email: z.email("email must be an email address") }).strict()
export type AdminInviteMakerUserType = z.infer<typeof AdminInviteMakerUser>

/** Body of `POST /makers/invites/accept`. */
export const MakerAcceptInvite = z
  .object({
    token: z.string().min(1, "the invite token is missing"),
    name: z.string().trim().min(1, "your name cannot be empty"),
  })
  .strict()
export type MakerAcceptInviteType = z.infer<typeof MakerAcceptInvite>

/** Query of `GET /makers/orders`; no `fields`: the field set is fixed. */
export const MakerListOrdersQuery = z
  .object({
    status: z
      .enum(["new", "packed", "shipped", "ready_for_pickup"], { message: "status must be new, packed, shipped or ready_for_pickup" })
      .optional(),
    ...page,
  })
  .strict()
export type MakerListOrdersQueryType = z.infer<typeof MakerListOrdersQuery>

/** Body of `POST /makers/orders/:id/status`. */
export const MakerSetOrderStatus = z
  .object({
    status: z.enum(["packed", "shipped", "ready_for_pickup"], { message: "status must be packed, shipped or ready_for_pickup" }),
    tracking_number: z.string().trim().min(1, "tracking number cannot be empty").nullable().optional(),
  })
  .strict()
export type MakerSetOrderStatusType = z.infer<typeof MakerSetOrderStatus>
