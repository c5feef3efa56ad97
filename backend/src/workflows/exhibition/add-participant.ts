import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertParticipantStep } from "./steps/upsert-participant"
import { type ParticipantInput, validateParticipantStep } from "./steps/validate-participant"

export const addParticipantWorkflowId = "add-exhibition-participant"

/**
 * Gives an approved maker a booth in an exhibition (or moves it to another booth); a booth code
 * belongs to at most one maker per exhibition.
 */
export const addParticipantWorkflow = createWorkflow(
  addParticipantWorkflowId,
  (input: ParticipantInput) => {
    const current = validateParticipantStep(input)
    const participant = upsertParticipantStep(
      transform({ input, current }, ({ input, current }) => ({ ...input, current }))
    )
    return new WorkflowResponse(participant)
  }
)
