import { InventoryLevelWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ensureMakerOwnsProductsStep } from "./steps/ensure-maker-owns-products"
import { getExhibitionStockLocationStep } from "./steps/get-exhibition-stock-location"
import { findStockedVariantStep, setVariantStockStep } from "./steps/set-variant-stock"

export const setOwnVariantStockWorkflowId = "set-own-variant-stock"

export type SetOwnVariantStockInput = {
  maker_id: string
  product_id: string
  variant_id: string
  quantity?: number
  adjustment?: number
}

/**
 * A maker sets the pieces on hand of one size of its own piece (or adds/takes away some) at the
 * exhibition's location; another maker's piece or size is a 404 and keeps its stock.
 */
export const setOwnVariantStockWorkflow = createWorkflow(setOwnVariantStockWorkflowId, (input: SetOwnVariantStockInput) => {
  ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.product_id] })))
  const variant = findStockedVariantStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id })))
  const location = getExhibitionStockLocationStep()
  const changed = setVariantStockStep(
    transform({ input, variant, location }, ({ input, variant, location }) => ({
      variant,
      location_id: location.id,
      quantity: input.quantity,
      adjustment: input.adjustment,
    }))
  )
  // The inventory module emits no event of its own for this; the search sync re-indexes the piece on it.
  emitEventStep({
    eventName: InventoryLevelWorkflowEvents.UPDATED,
    data: transform({ changed }, ({ changed }) => [{ id: changed.level_id }]),
  })
  return new WorkflowResponse(transform({ variant, changed }, ({ variant, changed }) => ({ id: variant.id, ...changed.stock })))
})
