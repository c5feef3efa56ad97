import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const deleteFeaturedItemsStepId = "delete-featured-items"

/** Soft-deletes featured items; compensation restores them (with their old positions). */
export const deleteFeaturedItemsStep = createStep(
  deleteFeaturedItemsStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) {
      return new StepResponse([], [])
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.softDeleteExhibitionFeaturedItems(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.restoreExhibitionFeaturedItems(ids)
  }
)
