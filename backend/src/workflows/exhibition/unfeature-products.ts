import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeRenumberingStep } from "./steps/compute-renumbering"
import { deleteFeaturedItemsStep } from "./steps/delete-featured-items"
import { findFeaturedItemsStep } from "./steps/find-featured-items"
import { setFeaturedPositionsStep } from "./steps/set-featured-positions"

export const unfeatureProductsWorkflowId = "unfeature-exhibition-products"

/**
 * Removes products from the featured lists, of one exhibition (then each product must be featured
 * there) or of every exhibition (the clean-up after products are deleted), and renumbers the
 * remaining items 1..n.
 */
export const unfeatureProductsWorkflow = createWorkflow(
  unfeatureProductsWorkflowId,
  (input: { product_ids: string[]; exhibition_id?: string }) => {
    const found = findFeaturedItemsStep(
      transform({ input }, ({ input }) => ({ ...input, required: !!input.exhibition_id }))
    )
    deleteFeaturedItemsStep(transform({ found }, ({ found }) => found.ids))
    const positions = computeRenumberingStep(transform({ found }, ({ found }) => found.exhibition_ids))
    setFeaturedPositionsStep(positions)
    return new WorkflowResponse({ removed_featured_item_ids: found.ids })
  }
)
