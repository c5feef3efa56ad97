import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const findFeaturedItemsStepId = "find-featured-items"

/**
 * Finds the featured items of the given products, in one exhibition or in all of them. With
 * `required`, a product that is not featured is a 404.
 */
export const findFeaturedItemsStep = createStep(
  findFeaturedItemsStepId,
  async (
    input: { product_ids: string[]; exhibition_id?: string; required?: boolean },
    { container }
  ) => {
    if (!input.product_ids.length) {
      return new StepResponse({ ids: [] as string[], exhibition_ids: [] as string[] })
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const items = await service.listExhibitionFeaturedItems(
      {
        product_id: input.product_ids,
        ...(input.exhibition_id ? { exhibition_id: input.exhibition_id } : {}),
      },
      { select: ["id", "product_id", "exhibition_id"] }
    )
    if (input.required) {
      const missing = input.product_ids.filter((id) => !items.some((i) => i.product_id === id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Product ${missing.join(", ")} is not featured in exhibition ${input.exhibition_id}`
        )
      }
    }
    return new StepResponse({
      ids: items.map((i) => i.id),
      exhibition_ids: items.map((i) => (i as unknown as { exhibition_id: string }).exhibition_id),
    })
  }
)
