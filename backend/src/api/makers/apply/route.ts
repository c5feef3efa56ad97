import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyAsMakerWorkflow } from "../../../workflows/maker-portal/apply-as-maker"
import { registeredEmail } from "../access"
import type { MakerApplyType } from "../validators"

/**
 * A person registered at `/auth/maker/emailpass/register` applies with the business details; the
 * maker starts pending and the person becomes its first portal user (status 201).
 */
export async function POST(req: AuthenticatedMedusaRequest<MakerApplyType>, res: MedusaResponse) {
  const email = await registeredEmail(req)
  const { result } = await applyAsMakerWorkflow(req.scope).run({
    input: {
      maker: req.validatedBody.maker,
      name: req.validatedBody.name,
      email,
      auth_identity_id: req.auth_context.auth_identity_id,
    },
  })
  res.status(201).json({
    maker: { id: result.maker.id, handle: result.maker.handle, name: result.maker.name, status: result.maker.status },
    user: { id: result.user.id, email: result.user.email, name: result.user.name },
  })
}
