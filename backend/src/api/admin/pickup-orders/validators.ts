import { z } from "@medusajs/framework/zod"

/** Query of `GET /admin/pickup-orders`: an exhibition id, or `current` (the live one, else the next). */
export const AdminPickupOrdersQuery = z
  .object({
    exhibition: z.string().trim().min(1, "exhibition must be an exhibition id or current").default("current"),
  })
  .strict()
export type AdminPickupOrdersQueryType = z.infer<typeof AdminPickupOrdersQuery>
