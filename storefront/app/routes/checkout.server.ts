import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import { type FieldError, phone, requiredText } from "~/lib/address"
import { STEPS, type Step } from "~/lib/checkout"

/** The checkout's one action: which step is posted, with that step's fields. */
export const CheckoutIntent = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("email"),
    email: z.string().trim().min(1, "required" satisfies FieldError).pipe(z.email("email" satisfies FieldError)),
  }),
  z.object({ intent: z.literal("delivery"), option_id: z.string().min(1).optional() }),
  z.object({ intent: z.literal("payment"), provider_id: z.string().min(1).optional() }),
  z.object({ intent: z.literal("place") }),
])
export type CheckoutIntent = z.infer<typeof CheckoutIntent>

/** Booth pickup needs only who collects it and how to reach them; courier delivery takes the full AddressForm. */
export const PickupContact = z.object({
  first_name: requiredText,
  last_name: z.string().trim().max(200, "tooLong" satisfies FieldError).default(""),
  phone,
})

/** The first step the cart has not done yet (review when everything is there). */
export function nextStep(cart: HttpTypes.StoreCart): Step {
  if (!cart.email) return "email"
  if (!cart.shipping_methods?.length) return "delivery"
  if (!cart.payment_collection?.payment_sessions?.length) return "payment"
  return "review"
}

/** The step to show: the one asked for, unless an earlier step is still missing. */
export function stepToShow(cart: HttpTypes.StoreCart, asked: string | null): Step {
  const next = nextStep(cart)
  const wanted = STEPS.find((s) => s === asked) ?? next
  return STEPS.indexOf(wanted) <= STEPS.indexOf(next) ? wanted : next
}
