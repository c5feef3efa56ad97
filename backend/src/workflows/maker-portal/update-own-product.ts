import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureMakerOwnsProductsStep } from "./steps/ensure-maker-owns-products"
import { findOwnMakerImagesStep } from "./steps/maker-images"
import { productPictures } from "./product-pictures"
import type { MakerPortalProductUpdate } from "./types"

export const updateOwnProductWorkflowId = "update-own-maker-product"

/**
 * A maker edits, publishes/unpublishes or re-pictures one of its own pieces (pictures only from its own
 * uploads); another maker's piece or picture is a 404 and nothing changes.
 */
export const updateOwnProductWorkflow = createWorkflow(
  updateOwnProductWorkflowId,
  (input: { maker_id: string; id: string; update: MakerPortalProductUpdate }) => {
    ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.id] })))
    const images = findOwnMakerImagesStep(
      transform({ input }, ({ input }) => ({ maker_id: input.maker_id, image_ids: input.update.images ?? [] }))
    )
    const updated = updateProductsWorkflow.runAsStep({
      input: transform({ input, images }, ({ input, images }) => {
        const { images: ids, ...update } = input.update
        return { selector: { id: input.id }, update: ids ? { ...update, ...productPictures(images) } : update }
      }),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
