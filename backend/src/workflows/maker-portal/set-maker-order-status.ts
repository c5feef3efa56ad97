import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type MakerOrderStatusInput,
  updateOwnMakerOrderStep,
  validateMakerOrderStatusStep,
} from "./steps/update-own-maker-order"

export const setMakerOrderStatusWorkflowId = "set-maker-order-status"

/** A maker marks its part of an order packed, shipped (with tracking number) or ready for pickup at the booth. */
export const setMakerOrderStatusWorkflow = createWorkflow(
  setMakerOrderStatusWorkflowId,
  (input: MakerOrderStatusInput) => {
    validateMakerOrderStatusStep(input)
    return new WorkflowResponse(updateOwnMakerOrderStep(input))
  }
)
