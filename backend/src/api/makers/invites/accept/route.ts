import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptMakerInviteWorkflow } from "../../../../workflows/maker-portal/accept-maker-invite"
import { registeredEmail } from "../../access"
import type { MakerAcceptInviteType } from "../../validators"

/** A person registered with the invited email accepts the invite and joins the maker's portal (201). */
export async function POST(req: AuthenticatedMedusaRequest<MakerAcceptInviteType>, res: MedusaResponse) {
  const email = await registeredEmail(req)
  const { result } = await acceptMakerInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, email, auth_identity_id: req.auth_context.auth_identity_id },
  })
  res.status(201).json({ user: { id: result.id, email: result.email, name: result.name } })
}
