import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeParticipantWorkflow } from "../../../../../../workflows/exhibition/remove-participant"

/** Removes a maker from the exhibition, with its featured items there. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeParticipantWorkflow(req.scope).run({
    input: { exhibition_id: req.params.id, maker_id: req.params.maker_id },
  })
  res.json({ id: result.participant_id, object: "exhibition_participant", deleted: true, ...result })
}
