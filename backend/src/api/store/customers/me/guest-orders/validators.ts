import { z } from "@medusajs/framework/zod"

export const StoreClaimGuestOrders = z.object({ token: z.string().min(1) }).strict()
export type StoreClaimGuestOrdersType = z.infer<typeof StoreClaimGuestOrders>
