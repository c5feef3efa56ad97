import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getMakerProductsChannelChangesStep } from "./steps/get-maker-products-channel-changes"
import { getOnlineSalesChannelStep } from "./steps/get-online-sales-channel"
import { updateMakersStep } from "./steps/update-makers"

export const suspendMakerWorkflowId = "suspend-maker"

/**
 * Suspends a maker and takes all its products out of the "Gelar Online" sales channel, which
 * hides them from store listings, product pages, carts, search and exhibition pages at once.
 */
export const suspendMakerWorkflow = createWorkflow(suspendMakerWorkflowId, (input: { id: string }) => {
  const channel = getOnlineSalesChannelStep()
  const changes = getMakerProductsChannelChangesStep({ maker_id: input.id, sales_channel_id: channel.id })
  const updated = updateMakersStep([{ id: input.id, status: "suspended" as const }])
  const maker = transform({ updated }, ({ updated }) => updated[0])
  when("maker-has-products-in-channel", { changes }, ({ changes }) => changes.inside.length > 0).then(() => {
    linkProductsToSalesChannelWorkflow.runAsStep({
      input: transform({ channel, changes }, ({ channel, changes }) => ({
        id: channel.id,
        remove: changes.inside,
      })),
    })
  })
  return new WorkflowResponse(maker)
})
