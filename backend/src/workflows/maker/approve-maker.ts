import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getMakerProductsChannelChangesStep } from "./steps/get-maker-products-channel-changes"
import { getOnlineSalesChannelStep } from "./steps/get-online-sales-channel"
import { updateMakersStep } from "./steps/update-makers"

export const approveMakerWorkflowId = "approve-maker"

/**
 * Approves a maker and puts all its products into the "Gelar Online" sales channel, so they
 * appear in every store endpoint with their own published/draft status untouched.
 */
export const approveMakerWorkflow = createWorkflow(approveMakerWorkflowId, (input: { id: string }) => {
  const channel = getOnlineSalesChannelStep()
  const changes = getMakerProductsChannelChangesStep({ maker_id: input.id, sales_channel_id: channel.id })
  const updated = updateMakersStep([{ id: input.id, status: "approved" as const }])
  const maker = transform({ updated }, ({ updated }) => updated[0])
  when("maker-has-products-outside-channel", { changes }, ({ changes }) => changes.outside.length > 0).then(() => {
    linkProductsToSalesChannelWorkflow.runAsStep({
      input: transform({ channel, changes }, ({ channel, changes }) => ({
        id: channel.id,
        add: changes.outside,
      })),
    })
  })
  return new WorkflowResponse(maker)
})
