import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureMakerOwnsProductsStep } from "./steps/ensure-maker-owns-products"
import type { MakerPortalProductUpdate } from "./types"

export const updateOwnProductWorkflowId = "update-own-maker-product"

/** A maker edits or publishes/unpublishes one of its own pieces; another maker's piece is a 404. */
export const updateOwnProductWorkflow = createWorkflow(
  updateOwnProductWorkflowId,
  (input: { maker_id: string; id: string; update: MakerPortalProductUpdate }) => {
    ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.id] })))
    const updated = updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.id }, update: input.update })),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
