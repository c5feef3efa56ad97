import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadEnvOrExit } from "../env"
import { sendMakerPasswordResetWorkflow } from "../workflows/maker-portal/send-maker-password-reset"

/** A maker asked for a new password: send the reset link to its email. */
export default async function makerPasswordReset({
  event: { data },
  container,
}: SubscriberArgs<{ entity_id: string; token: string; actor_type: string }>) {
  if (data.actor_type !== "maker") {
    return
  }
  await sendMakerPasswordResetWorkflow(container).run({
    input: { email: data.entity_id, token: data.token, storefront_url: loadEnvOrExit().STOREFRONT_URL },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
