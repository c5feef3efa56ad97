import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeRenumberingStep } from "./steps/compute-renumbering"
import { deleteFeaturedItemsStep } from "./steps/delete-featured-items"
import { deleteParticipantsStep } from "./steps/delete-participants"
import { findParticipantRemovalStep } from "./steps/find-participant-removal"
import { setFeaturedPositionsStep } from "./steps/set-featured-positions"

export const removeParticipantWorkflowId = "remove-exhibition-participant"

/**
 * Removes a maker from an exhibition together with its featured items there, and closes the gaps
 * so the remaining featured items keep positions 1..n.
 */
export const removeParticipantWorkflow = createWorkflow(
  removeParticipantWorkflowId,
  (input: { exhibition_id: string; maker_id: string }) => {
    const found = findParticipantRemovalStep(input)
    deleteFeaturedItemsStep(transform({ found }, ({ found }) => found.featured_item_ids))
    deleteParticipantsStep(transform({ found }, ({ found }) => [found.participant_id]))
    const positions = computeRenumberingStep(
      transform({ input }, ({ input }) => [input.exhibition_id])
    )
    setFeaturedPositionsStep(positions)
    return new WorkflowResponse({
      participant_id: found.participant_id,
      removed_featured_item_ids: found.featured_item_ids,
    })
  }
)
