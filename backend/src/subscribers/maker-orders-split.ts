import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderByMakerWorkflow } from "../workflows/maker-portal/split-order-by-maker"

/** A placed order is split into one part per maker for the maker portal. */
export default async function makerOrdersSplit({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderByMakerWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
