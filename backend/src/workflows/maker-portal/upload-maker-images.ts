import { randomUUID } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { RENDITION_WIDTHS } from "../../lib/images/maker-images"
import { createMakerImagesStep, type MakerUploadFile, prepareMakerImagesStep } from "./steps/maker-images"

export const uploadMakerImagesWorkflowId = "upload-maker-images"

/**
 * A maker uploads pictures: each is checked (JPEG, PNG or WebP, content matching name and type, at most
 * 5 MB), stored through the file module as 1200 px and 400 px WebP renditions under the maker's folder,
 * and recorded as the maker's own. Any bad file refuses the whole upload and nothing is stored.
 */
export const uploadMakerImagesWorkflow = createWorkflow(
  uploadMakerImagesWorkflowId,
  (input: { maker_id: string; files: MakerUploadFile[] }) => {
    const prepared = prepareMakerImagesStep(input.files)
    const uploads = transform({ input, prepared }, ({ input, prepared }) =>
      prepared.flatMap((p) => {
        const stem = `makers/${input.maker_id}/${randomUUID()}`
        return [
          { filename: `${stem}-${RENDITION_WIDTHS.large}.webp`, mimeType: "image/webp", content: p.large, access: "public" as const },
          { filename: `${stem}-${RENDITION_WIDTHS.thumbnail}.webp`, mimeType: "image/webp", content: p.thumbnail, access: "public" as const },
        ]
      })
    )
    const files = uploadFilesWorkflow.runAsStep({ input: { files: uploads } })
    const records = transform({ input, prepared, files }, ({ input, prepared, files }) =>
      prepared.map((p, i) => {
        const [large, thumbnail] = [files[2 * i], files[2 * i + 1]]
        return {
          maker_id: input.maker_id,
          url: large.url,
          thumbnail_url: thumbnail.url,
          file_ids: [large.id, thumbnail.id],
          original_name: p.original_name,
          width: p.width,
          height: p.height,
        }
      })
    )
    return new WorkflowResponse(createMakerImagesStep(records))
  }
)
