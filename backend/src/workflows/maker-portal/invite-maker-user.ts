import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { signMakerInviteStep } from "./steps/sign-maker-invite"

export const inviteMakerUserWorkflowId = "invite-maker-user"

/** An organiser invites a person to a maker's portal: the signed link goes out through the notification module. */
export const inviteMakerUserWorkflow = createWorkflow(
  inviteMakerUserWorkflowId,
  (input: { maker_id: string; email: string; storefront_url: string }) => {
    const invite = signMakerInviteStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, email: input.email })))
    sendNotificationsStep(
      transform({ input, invite }, ({ input, invite }) => {
        const link = new URL("/portal/invite", input.storefront_url)
        link.searchParams.set("token", invite.token)
        return [
          {
            to: invite.email,
            channel: "email",
            template: "maker-invite",
            data: { link: link.toString(), maker_name: invite.maker_name },
          },
        ]
      })
    )
    return new WorkflowResponse(transform({ invite }, ({ invite }) => ({ email: invite.email })))
  }
)
