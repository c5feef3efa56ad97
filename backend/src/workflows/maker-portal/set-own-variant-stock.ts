import { InventoryLevelWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
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
 * exhibition's location; another maker's piece or size is a 404 and keeps its stock. A size that did
 * not count stock yet starts counting.
 */
export const setOwnVariantStockWorkflow = createWorkflow(setOwnVariantStockWorkflowId, (input: SetOwnVariantStockInput) => {
  ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.product_id] })))
  const variant = findStockedVariantStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id })))
  const location = getExhibitionStockLocationStep()
  // A size listed before stock was counted gets its inventory item (at 0) on its first stock change, so
  // from then on it cannot be sold twice either.
  const counted = when({ variant }, ({ variant }) => !variant.inventory_item_id).then(() => {
    const items = createInventoryItemsWorkflow.runAsStep({
      input: transform({ variant, location }, ({ variant, location }) => ({
        items: [
          {
            title: variant.label,
            ...(variant.sku ? { sku: variant.sku } : {}),
            location_levels: [{ location_id: location.id, stocked_quantity: 0 }],
          },
        ],
      })),
    })
    createRemoteLinkStep(
      transform({ variant, items }, ({ variant, items }) => [
        { [Modules.PRODUCT]: { variant_id: variant.id }, [Modules.INVENTORY]: { inventory_item_id: items[0].id } },
      ])
    )
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ variant }, ({ variant }) => ({ selector: { id: variant.id }, update: { manage_inventory: true } })),
    })
    return items
  })
  const changed = setVariantStockStep(
    transform({ input, variant, location, counted }, ({ input, variant, location, counted }) => ({
      variant: { ...variant, inventory_item_id: variant.inventory_item_id ?? counted![0].id },
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
