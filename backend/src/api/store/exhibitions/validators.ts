import { z } from "@medusajs/framework/zod"

/** Query of `GET /store/exhibitions`: which exhibitions by time, and the page. */
export const StoreListExhibitionsQuery = z.object({
  when: z
    .enum(["current", "upcoming", "archive"], { message: "when must be current, upcoming or archive" })
    .optional(),
  offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit can be at most 100").default(20),
})
export type StoreListExhibitionsQueryType = z.infer<typeof StoreListExhibitionsQuery>
