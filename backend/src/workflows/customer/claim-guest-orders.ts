import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrdersStep } from "@medusajs/medusa/core-flows"
import { findGuestOrdersStep } from "./steps/find-guest-orders"

export const claimGuestOrdersWorkflowId = "claim-guest-orders"

/** Moves the orders placed as a guest under a registered customer's email to that customer's account. */
export const claimGuestOrdersWorkflow = createWorkflow(claimGuestOrdersWorkflowId, (input: { customer_id: string }) => {
  const found = findGuestOrdersStep(input)
  when("guest-orders-found", { found }, ({ found }) => found.order_ids.length > 0).then(() => {
    const update = transform({ found, input }, ({ found, input }) => ({
      selector: { id: found.order_ids },
      update: { customer_id: input.customer_id },
    }))
    // Medusa's step keeps the previous customer ids, so a failure puts the orders back.
    updateOrdersStep(update)
  })
  return new WorkflowResponse(found)
})
