import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureMakerHandlesFreeStep } from "./steps/ensure-maker-handles-free"
import { updateMakersStep } from "./steps/update-makers"
import type { UpdateMakerInput } from "./types"

export const updateMakerWorkflowId = "update-maker"

/** Edits a maker's profile, keeping handles unique; the status is left to approve and suspend. */
export const updateMakerWorkflow = createWorkflow(updateMakerWorkflowId, (input: UpdateMakerInput) => {
  const list = transform({ input }, ({ input }) => [input])
  ensureMakerHandlesFreeStep(list)
  const updated = updateMakersStep(list)
  const maker = transform({ updated }, ({ updated }) => updated[0])
  return new WorkflowResponse(maker)
})
