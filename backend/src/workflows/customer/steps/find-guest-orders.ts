import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findGuestOrdersStepId = "find-guest-orders"

type CustomerRow = { id: string; email: string | null; has_account: boolean }

/**
 * The orders a shopper placed as a guest under the email of this (registered) customer. Medusa
 * keeps a guest's orders on a separate guest customer record with the same email, which an
 * account never sees. Guest emails are stored lower-case (Medusa's cart lower-cases them).
 */
export const findGuestOrdersStep = createStep(findGuestOrdersStepId, async (input: { customer_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "has_account"],
    filters: { id: input.customer_id },
  })
  const customer = customers[0] as CustomerRow | undefined
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
