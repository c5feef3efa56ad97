import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createExhibitionStep } from "./steps/create-exhibition"
import { validateExhibitionStep } from "./steps/validate-exhibition"
import type { CreateExhibitionInput } from "./types"

export const createExhibitionWorkflowId = "create-exhibition"

/** Creates an exhibition with a free handle that ends after it starts. */
export const createExhibitionWorkflow = createWorkflow(
  createExhibitionWorkflowId,
  (input: CreateExhibitionInput) => {
    validateExhibitionStep(input)
    const exhibition = createExhibitionStep(input)
    return new WorkflowResponse(exhibition)
  }
)
