import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const findStrandedFeaturedItemsStepId = "find-stranded-featured-items"

/**
 * Finds featured items of products that now belong to a maker without a booth in that exhibition:
 * a featured product's maker must take part, so these entries have to go.
 */
export const findStrandedFeaturedItemsStep = createStep(
  findStrandedFeaturedItemsStepId,
  async (input: { maker_id: string; product_ids: string[] }, { container }) => {
    if (!input.product_ids.length) {
      return new StepResponse({ ids: [] as string[], exhibition_ids: [] as string[] })
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const items = await service.listExhibitionFeaturedItems(
      { product_id: input.product_ids },
      { select: ["id", "exhibition_id"] }
    )
    const participations = await service.listExhibitionParticipants(
      { maker_id: input.maker_id },
      { select: ["exhibition_id"] }
    )
    const booths = new Set(participations.map((p) => (p as unknown as { exhibition_id: string }).exhibition_id))
    const stranded = items.filter((i) => !booths.has((i as unknown as { exhibition_id: string }).exhibition_id))
    return new StepResponse({
      ids: stranded.map((i) => i.id),
      exhibition_ids: stranded.map((i) => (i as unknown as { exhibition_id: string }).exhibition_id),
    })
  }
)
