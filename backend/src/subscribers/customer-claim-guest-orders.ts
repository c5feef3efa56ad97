import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadEnvOrExit } from "../env"
import { sendGuestOrdersLinkWorkflow } from "../workflows/customer/claim-guest-orders"

/** A shopper who registers is emailed the link that adds orders placed earlier as a guest with that email. */
export default async function customerGuestOrdersLink({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendGuestOrdersLinkWorkflow(container).run({
    input: { customer_id: data.id, storefront_url: loadEnvOrExit().STOREFRONT_URL },
  })
}

export const config: SubscriberConfig = { event: "customer.created" }
