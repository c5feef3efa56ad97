import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  linkProductsToSalesChannelWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE } from "../../modules/maker"
import { computeRenumberingStep } from "../exhibition/steps/compute-renumbering"
import { deleteFeaturedItemsStep } from "../exhibition/steps/delete-featured-items"
import { findStrandedFeaturedItemsStep } from "../exhibition/steps/find-stranded-featured-items"
import { setFeaturedPositionsStep } from "../exhibition/steps/set-featured-positions"
import { getOnlineSalesChannelStep } from "./steps/get-online-sales-channel"
import { planProductsMakerStep } from "./steps/plan-products-maker"

export const setProductsMakerWorkflowId = "set-products-maker"

const asLinks = (pairs: { maker_id: string; product_id: string }[]) =>
  pairs.map((p) => ({
    [MAKER_MODULE]: { maker_id: p.maker_id },
    [Modules.PRODUCT]: { product_id: p.product_id },
  }))

/**
 * Gives existing products to a maker (taking them from any previous maker), puts them in or out
 * of the "Gelar Online" channel to match the maker's status, and unfeatures them where the new
 * maker has no booth.
 */
export const setProductsMakerWorkflow = createWorkflow(
  setProductsMakerWorkflowId,
  (input: { maker_id: string; product_ids: string[] }) => {
    const channel = getOnlineSalesChannelStep()
    const plan = planProductsMakerStep(
      transform({ input, channel }, ({ input, channel }) => ({ ...input, sales_channel_id: channel.id }))
    )
    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => asLinks(plan.dismiss)))
    createRemoteLinkStep(transform({ plan }, ({ plan }) => asLinks(plan.create)))
    when("products-change-channel", { plan }, ({ plan }) => plan.add.length + plan.remove.length > 0).then(() => {
      linkProductsToSalesChannelWorkflow.runAsStep({
        input: transform({ plan, channel }, ({ plan, channel }) => ({
          id: channel.id,
          add: plan.add,
          remove: plan.remove,
        })),
      })
    })
    const stranded = findStrandedFeaturedItemsStep(
      transform({ input, plan }, ({ input, plan }) => ({
        maker_id: input.maker_id,
        product_ids: plan.create.map((c) => c.product_id),
      }))
    )
    deleteFeaturedItemsStep(transform({ stranded }, ({ stranded }) => stranded.ids))
    setFeaturedPositionsStep(computeRenumberingStep(transform({ stranded }, ({ stranded }) => stranded.exhibition_ids)))
    return new WorkflowResponse(
      transform({ input, plan, stranded }, ({ input, plan, stranded }) => ({
        maker_id: input.maker_id,
        product_ids: input.product_ids,
        moved_from_other_makers: plan.dismiss.map((d) => d.product_id),
        removed_featured_item_ids: stranded.ids,
      }))
    )
  }
)
