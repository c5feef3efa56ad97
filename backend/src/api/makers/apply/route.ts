import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { applyAsMakerWorkflow } from "../../../workflows/maker-portal/apply-as-maker"
import type { MakerApplyType } from "../validators"

/**
 * A person registered at `/auth/maker/emailpass/register` applies with the business details; the
 * maker starts pending and the person becomes its first portal user (status 201).
 */
export async function POST(req: AuthenticatedMedusaRequest<MakerApplyType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a maker")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "auth_identity",
    fields: ["id", "provider_identities.entity_id", "provider_identities.provider"],
    filters: { id: req.auth_context.auth_identity_id },
  })
  const email = data[0]?.provider_identities?.find((p) => p?.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an email and password before applying")
  }
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
