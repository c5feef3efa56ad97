import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadEnvOrExit } from "../../../../../env"
import { inviteMakerUserWorkflow } from "../../../../../workflows/maker-portal/invite-maker-user"
import type { AdminInviteMakerUserType } from "../../../../makers/validators"

/** An organiser invites a person to a maker's portal; the link is sent by email (202). */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteMakerUserType>, res: MedusaResponse) {
  const { result } = await inviteMakerUserWorkflow(req.scope).run({
    input: { maker_id: req.params.id, email: req.validatedBody.email, storefront_url: loadEnvOrExit().STOREFRONT_URL },
  })
  res.status(202).json({ invite: result })
}
