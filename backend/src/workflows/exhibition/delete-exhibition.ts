import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteExhibitionStep } from "./steps/delete-exhibition"

export const deleteExhibitionWorkflowId = "delete-exhibition"

/** Deletes an exhibition together with its participants and featured items. */
export const deleteExhibitionWorkflow = createWorkflow(
  deleteExhibitionWorkflowId,
  (input: { id: string }) => {
    const id = deleteExhibitionStep(input.id)
    return new WorkflowResponse({ id })
  }
)
