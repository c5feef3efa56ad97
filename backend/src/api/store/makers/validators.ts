import { z } from "@medusajs/framework/zod"

/** Query of `GET /store/makers`: text search, filters, order and page. */
export const StoreListMakersQuery = z.object({
  q: z.string().trim().max(100, "q can be at most 100 characters").optional(),
  district: z.string().trim().min(1).optional(),
  sentra: z.string().trim().min(1).optional(),
  size_class: z.enum(["kecil", "menengah"], { message: "size_class must be kecil or menengah" }).optional(),
  // Several makers by handle (`handle=a,b` or repeated): the catalogue names the makers of its facet.
  handle: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",") : v),
      z.array(z.string().trim().min(1)).max(100, "at most 100 handles at once")
    )
    .optional(),
  order: z.enum(["name", "-name"], { message: "order must be name or -name" }).default("name"),
  offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit can be at most 100").default(20),
})
export type StoreListMakersQueryType = z.infer<typeof StoreListMakersQuery>
