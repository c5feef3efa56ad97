import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tokenSecret } from "../../../lib/signed-token"
import { INVITE_TTL_MS, signInviteToken } from "../invite-token"

export const signMakerInviteStepId = "sign-maker-invite"

/** Checks the maker exists and is not suspended, and signs an invite token for the email. */
export const signMakerInviteStep = createStep(
  signMakerInviteStepId,
  async (input: { maker_id: string; email: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "maker", fields: ["id", "name", "status"], filters: { id: input.maker_id } })
    const maker = data[0] as { id: string; name: string; status: string } | undefined
    if (!maker) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${input.maker_id} was not found`)
    }
    if (maker.status === "suspended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Maker ${maker.name} is suspended; approve it before inviting people`)
    }
    const secret = tokenSecret(container)
    const email = input.email.trim().toLowerCase()
    const token = signInviteToken({ maker_id: maker.id, email, expires_at: Date.now() + INVITE_TTL_MS }, secret)
    return new StepResponse({ token, email, maker_name: maker.name })
  }
)
