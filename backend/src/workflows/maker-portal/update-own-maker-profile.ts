import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMakerWorkflow } from "../maker/update-maker"
import type { UpdateMakerInput } from "../maker/types"
import { findOwnMakerImagesStep } from "./steps/maker-images"

export const updateOwnMakerProfileWorkflowId = "update-own-maker-profile"

/** What a maker may change of its own profile; handle, size class, district and status stay the organisers'. */
export type OwnMakerProfileUpdate = Pick<
  UpdateMakerInput,
  "name" | "story_id" | "story_en" | "people" | "pickup_address" | "email" | "phone" | "whatsapp"
> & {
  /** Ids of the maker's own uploaded pictures, in the order shown. */
  photos?: string[]
  /** Id of one of its own pictures, or null to remove the logo. */
  logo_image_id?: string | null
}

/**
 * A maker edits its own profile; photos and logo must be its own uploads (another maker's picture is
 * a 404 and nothing changes). A rename re-indexes its pieces through the maker's update event.
 */
export const updateOwnMakerProfileWorkflow = createWorkflow(
  updateOwnMakerProfileWorkflowId,
  (input: { maker_id: string; profile: OwnMakerProfileUpdate }) => {
    const images = findOwnMakerImagesStep(
      transform({ input }, ({ input }) => ({
        maker_id: input.maker_id,
        image_ids: [...(input.profile.photos ?? []), ...(input.profile.logo_image_id ? [input.profile.logo_image_id] : [])],
      }))
    )
    const maker = updateMakerWorkflow.runAsStep({
      input: transform({ input, images }, ({ input, images }) => {
        const { photos, logo_image_id, ...profile } = input.profile
        const url = new Map(images.map((i) => [i.id, i.url]))
        return {
          id: input.maker_id,
          ...profile,
          ...(photos ? { photos: photos.map((id) => url.get(id)!) } : {}),
          ...(logo_image_id !== undefined ? { logo_url: logo_image_id ? url.get(logo_image_id)! : null } : {}),
        }
      }),
    })
    return new WorkflowResponse(maker)
  }
)
