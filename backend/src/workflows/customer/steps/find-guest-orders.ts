import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findGuestOrdersStepId = "find-guest-orders"

/** The fields of the signed-in customer that the guest-orders steps decide on; the workflow reads them once. */
export const GUEST_ORDERS_CUSTOMER_FIELDS = ["id", "email", "has_account"]

export type GuestOrdersCustomer = { id: string; email: string | null; has_account: boolean }

/**
 * The orders a shopper placed as a guest under the email of this (registered) customer. Medusa
 * keeps a guest's orders on a separate guest customer record with the same email, which an
 * account never sees. Guest emails are stored lower-case (Medusa's cart lower-cases them).
 */
export const findGuestOrdersStep = createStep(findGuestOrdersStepId, async ({ customer }: { customer: GuestOrdersCustomer | null }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!customer?.has_account || !customer.email) {
    return new StepResponse({ order_ids: [] as string[], email: null as string | null })
  }
  const email = customer.email.toLowerCase()
  const { data: guests } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email, has_account: false },
  })
  if (!guests.length) {
    return new StepResponse({ order_ids: [] as string[], email: email as string | null })
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: (guests as { id: string }[]).map((g) => g.id) },
  })
  return new StepResponse({ order_ids: (orders as { id: string }[]).map((o) => o.id), email: email as string | null })
})
