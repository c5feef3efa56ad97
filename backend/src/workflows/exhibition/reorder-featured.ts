import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planReorderStep } from "./steps/plan-reorder"
import { setFeaturedPositionsStep } from "./steps/set-featured-positions"

export const reorderFeaturedWorkflowId = "reorder-exhibition-featured"

/** Puts an exhibition's featured products in the given order, positions 1..n. */
export const reorderFeaturedWorkflow = createWorkflow(
  reorderFeaturedWorkflowId,
  (input: { exhibition_id: string; product_ids: string[] }) => {
    const positions = planReorderStep(input)
    const result = setFeaturedPositionsStep(positions)
    return new WorkflowResponse(result)
  }
)
