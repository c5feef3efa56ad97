import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tokenSecret } from "../../../lib/signed-token"
import { readInviteToken } from "../invite-token"

export const readMakerInviteStepId = "read-maker-invite"

/** Reads an invite token; refuses a forged or expired one, or one meant for another email. */
export const readMakerInviteStep = createStep(
  readMakerInviteStepId,
  async (input: { token: string; email: string }, { container }) => {
    const secret = tokenSecret(container)
    const invite = readInviteToken(input.token, secret)
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invite link is not valid or has expired; ask the organisers for a new one")
    }
    if (invite.email !== input.email.trim().toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invite was sent to another email than ${input.email}`)
    }
    return new StepResponse(invite)
  }
)
