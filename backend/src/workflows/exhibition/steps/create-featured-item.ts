import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const createFeaturedItemStepId = "create-featured-item"

export type FeaturedItemInput = {
  exhibition_id: string
  product_id: string
  position: number
  note_id?: string | null
  note_en?: string | null
}

/** Creates a featured item; compensation deletes it. */
export const createFeaturedItemStep = createStep(
  createFeaturedItemStepId,
  async (input: FeaturedItemInput, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const created = await service.createExhibitionFeaturedItems(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.deleteExhibitionFeaturedItems(id)
  }
)
