import { z } from "zod"

/** The cart page's one action: which change, and its fields as the form posts them. */
export const CartIntent = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    variant_id: z.string().startsWith("variant_"),
    quantity: z.coerce.number().int().min(1).max(99),
  }),
  z.object({
    intent: z.literal("update"),
    line_id: z.string().min(1),
    quantity: z.coerce.number().int().min(0).max(99),
  }),
  z.object({ intent: z.literal("remove"), line_id: z.string().min(1) }),
])

export type CartIntent = z.infer<typeof CartIntent>
