import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakerUserWorkflow } from "./create-maker-user"
import { readMakerInviteStep } from "./steps/read-maker-invite"

export const acceptMakerInviteWorkflowId = "accept-maker-invite"

/** A registered person accepts an invite sent to its email and becomes a portal user of that maker. */
export const acceptMakerInviteWorkflow = createWorkflow(
  acceptMakerInviteWorkflowId,
  (input: { token: string; email: string; name: string; auth_identity_id: string }) => {
    const invite = readMakerInviteStep(transform({ input }, ({ input }) => ({ token: input.token, email: input.email })))
    const user = createMakerUserWorkflow.runAsStep({
      input: transform({ input, invite }, ({ input, invite }) => ({
        maker_id: invite.maker_id,
        email: invite.email,
        name: input.name,
        auth_identity_id: input.auth_identity_id,
      })),
    })
    return new WorkflowResponse(user)
  }
)
