import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"

export const sendMakerPasswordResetWorkflowId = "send-maker-password-reset"

export type SendMakerPasswordResetInput = { email: string; token: string; storefront_url: string }

/** Emails a maker the portal link that sets a new password with a reset token. */
export const sendMakerPasswordResetWorkflow = createWorkflow(
  sendMakerPasswordResetWorkflowId,
  (input: SendMakerPasswordResetInput) => {
    const notifications = sendNotificationsStep(
      transform({ input }, ({ input }) => {
        const link = new URL("/portal/reset-password", input.storefront_url)
        link.searchParams.set("token", input.token)
        link.searchParams.set("email", input.email)
        return [
          {
            to: input.email,
            channel: "email",
            template: "maker-password-reset",
            data: { link: link.toString() },
          },
        ]
      })
    )
    return new WorkflowResponse(notifications)
  }
)
