import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { deleteMakerImagesStep, findOwnMakerImagesStep } from "./steps/maker-images"
import { ensureMakerImageUnusedStep } from "./steps/ensure-maker-image-unused"

export const deleteMakerImageWorkflowId = "delete-maker-image"

/**
 * A maker deletes one of its own pictures and its files; another maker's picture is a 404 and stays.
 * A picture still shown on one of its pieces or its profile is kept (400 naming where), so no page
 * is left with a broken picture.
 */
export const deleteMakerImageWorkflow = createWorkflow(
  deleteMakerImageWorkflowId,
  (input: { maker_id: string; id: string }) => {
    const images = findOwnMakerImagesStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, image_ids: [input.id] })))
    ensureMakerImageUnusedStep(transform({ input, images }, ({ input, images }) => ({ maker_id: input.maker_id, image: images[0] })))
    deleteMakerImagesStep(transform({ input }, ({ input }) => [input.id]))
    // Last: files cannot be brought back, so nothing after this may fail and roll the record back.
    deleteFilesWorkflow.runAsStep({ input: transform({ images }, ({ images }) => ({ ids: images[0].file_ids })) })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id, object: "maker_image", deleted: true })))
  }
)
