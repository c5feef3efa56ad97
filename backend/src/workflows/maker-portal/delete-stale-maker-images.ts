import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { findStaleMakerImagesStep } from "./steps/find-stale-maker-images"
import { deleteMakerImagesStep } from "./steps/maker-images"

export const deleteStaleMakerImagesWorkflowId = "delete-stale-maker-images"

/**
 * Deletes the pictures makers uploaded before `uploaded_before` and never put on a piece or their
 * profile, with their files (`src/jobs/stale-maker-uploads.ts` runs it nightly for uploads a week old).
 */
export const deleteStaleMakerImagesWorkflow = createWorkflow(
  deleteStaleMakerImagesWorkflowId,
  (input: { uploaded_before: string }) => {
    const stale = findStaleMakerImagesStep(input)
    when("stale-maker-images-found", { stale }, ({ stale }) => stale.length > 0).then(() => {
      deleteMakerImagesStep(transform({ stale }, ({ stale }) => stale.map((i) => i.id)))
      // Last: files cannot be brought back, so nothing after this may fail and roll the records back.
      deleteFilesWorkflow.runAsStep({ input: transform({ stale }, ({ stale }) => ({ ids: stale.flatMap((i) => i.file_ids) })) })
    })
    return new WorkflowResponse(transform({ stale }, ({ stale }) => ({ deleted: stale.map((i) => i.id) })))
  }
)
