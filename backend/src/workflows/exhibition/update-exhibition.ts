import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateExhibitionStep } from "./steps/update-exhibition"
import { validateExhibitionStep } from "./steps/validate-exhibition"
import type { UpdateExhibitionInput } from "./types"

export const updateExhibitionWorkflowId = "update-exhibition"

/** Edits an exhibition; the result must still end after it starts and keep a free handle. */
export const updateExhibitionWorkflow = createWorkflow(
  updateExhibitionWorkflowId,
  (input: UpdateExhibitionInput) => {
    validateExhibitionStep(input)
    const exhibition = updateExhibitionStep(input)
    return new WorkflowResponse(exhibition)
  }
)
