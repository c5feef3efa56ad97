import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { claimGuestOrdersWorkflow } from "../workflows/customer/claim-guest-orders"

/** A shopper who registers sees the orders placed earlier as a guest with the same email. */
export default async function customerClaimGuestOrders({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await claimGuestOrdersWorkflow(container).run({ input: { customer_id: data.id } })
}

export const config: SubscriberConfig = { event: "customer.created" }
