import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Paths under /makers that a signed-up person without an approved maker may call. */
const OPEN_TO_UNREGISTERED = new Set(["/makers/apply", "/makers/invites/accept"])

/** The maker user and maker a portal request acts for, set by {@link requireApprovedMaker}. */
export type MakerActor = { user_id: string; maker_id: string }

export type MakerRequest = AuthenticatedMedusaRequest & { maker_actor: MakerActor }

/**
 * Lets a request through only for a maker user whose maker is approved, read on every request, so a
 * suspension ends every session at once (a token alone is never enough). 401 without a maker login,
 * 403 for a pending or suspended maker.
 */
export async function requireApprovedMaker(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (OPEN_TO_UNREGISTERED.has(req.originalUrl.split("?")[0].replace(/\/$/, ""))) {
    return next()
  }
  const actorId = req.auth_context?.actor_id
  if (!actorId) {
    res.status(401).json({ type: "unauthorized", message: "Sign in with a maker portal account first." })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker_user",
    fields: ["id", "maker.id", "maker.status"],
    filters: { id: actorId },
  })
  const user = data[0] as { id: string; maker?: { id: string; status: string } } | undefined
  if (!user?.maker) {
    res.status(401).json({ type: "unauthorized", message: "This maker portal account no longer exists." })
    return
  }
  if (user.maker.status !== "approved") {
    const why =
      user.maker.status === "pending"
        ? "Your maker application is waiting for the organisers' approval."
        : "Your maker account is suspended; contact the organisers."
    res.status(403).json({ type: "not_allowed", message: why })
    return
  }
  ;(req as MakerRequest).maker_actor = { user_id: user.id, maker_id: user.maker.id }
  next()
}

/**
 * The email of a registered person who has no maker yet (apply, accept an invite); refuses a login that
 * already belongs to a maker.
 */
export async function registeredEmail(req: AuthenticatedMedusaRequest): Promise<string> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a maker")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "auth_identity",
    fields: ["id", "provider_identities.entity_id", "provider_identities.provider"],
    filters: { id: req.auth_context.auth_identity_id },
  })
  const email = data[0]?.provider_identities?.find((p: { provider?: string } | null) => p?.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an email and password first")
  }
  return email
}
