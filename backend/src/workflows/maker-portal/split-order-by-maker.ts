import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakerOrdersStep } from "./steps/create-maker-orders"

export const splitOrderByMakerWorkflowId = "split-order-by-maker"

/** Gives each maker of a placed order its own part: only its lines, which it then packs and ships. */
export const splitOrderByMakerWorkflow = createWorkflow(splitOrderByMakerWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(createMakerOrdersStep(input))
})
