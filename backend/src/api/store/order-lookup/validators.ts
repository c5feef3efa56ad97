import { z } from "@medusajs/framework/zod"

export const StoreOrderLookupQuery = z.object({
  email: z.string().trim().email("Email must be the address used for the order, like nama@contoh.id"),
  display_id: z.coerce
    .number({ message: "Order number must be a number, like 1042" })
    .int("Order number must be a whole number, like 1042")
    .positive("Order number must be a whole number, like 1042"),
})

export type StoreOrderLookupQueryType = z.infer<typeof StoreOrderLookupQuery>
