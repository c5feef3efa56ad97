import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getMakerProductsChannelChangesStep } from "./steps/get-maker-products-channel-changes"
import { getOnlineSalesChannelStep } from "./steps/get-online-sales-channel"
import { updateMakersStep } from "./steps/update-makers"

/**
 * Builds the workflow that sets a maker's status and moves all its products with it: into the
 * "Gelar Online" sales channel when approved, out of it when suspended. The channel is what every
 * store endpoint, cart and search scopes to, so this one change shows or hides them everywhere.
 */
export function makerStatusWorkflow(id: string, status: "approved" | "suspended") {
  return createWorkflow(id, (input: { id: string }) => {
    const channel = getOnlineSalesChannelStep()
    const changes = getMakerProductsChannelChangesStep({ maker_id: input.id, sales_channel_id: channel.id })
    const updated = updateMakersStep(transform({ input }, ({ input }) => [{ id: input.id, status }]))
    const maker = transform({ updated }, ({ updated }) => updated[0])
    const moves = transform({ changes }, ({ changes }) =>
      status === "approved" ? { add: changes.outside } : { remove: changes.inside }
    )
    when("maker-products-change-channel", { moves }, ({ moves }) => (moves.add ?? moves.remove ?? []).length > 0).then(
      () => {
        linkProductsToSalesChannelWorkflow.runAsStep({
          input: transform({ channel, moves }, ({ channel, moves }) => ({ id: channel.id, ...moves })),
        })
      }
    )
    return new WorkflowResponse(maker)
  })
}
