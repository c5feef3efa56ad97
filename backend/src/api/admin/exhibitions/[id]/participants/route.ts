import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addParticipantWorkflow } from "../../../../../workflows/exhibition/add-participant"
import type { AdminAddParticipantType } from "../../validators"

/** Gives an approved maker a booth (or moves it to another booth). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAddParticipantType>, res: MedusaResponse) {
  const { result } = await addParticipantWorkflow(req.scope).run({
    input: { exhibition_id: req.params.id, ...req.validatedBody },
  })
  res.json({ participant: result })
}
