import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const planReorderStepId = "plan-reorder"

/**
 * Turns a list of product ids into positions 1..n. The list must name every featured product of
 * the exhibition exactly once, so a reorder can neither drop nor duplicate an item.
 */
export const planReorderStep = createStep(
  planReorderStepId,
  async (input: { exhibition_id: string; product_ids: string[] }, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const [exhibition] = await service.listExhibitions({ id: input.exhibition_id }, { select: ["id"] })
    if (!exhibition) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition ${input.exhibition_id} was not found`)
    }
    const items = await service.listExhibitionFeaturedItems(
      { exhibition_id: input.exhibition_id },
      { select: ["id", "product_id"] }
    )
    const repeated = input.product_ids.filter((id, i) => input.product_ids.indexOf(id) !== i)
    if (repeated.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Each featured product must appear once in the new order; repeated: ${[...new Set(repeated)].join(", ")}`
      )
    }
    const unknown = input.product_ids.filter((id) => !items.some((i) => i.product_id === id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not featured in this exhibition: ${unknown.join(", ")}`
      )
    }
    const missing = items.filter((i) => !input.product_ids.includes(i.product_id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The new order must list every featured product; missing: ${missing.map((m) => m.product_id).join(", ")}`
      )
    }
    return new StepResponse(
      input.product_ids.map((productId, i) => ({
        id: items.find((item) => item.product_id === productId)!.id,
        position: i + 1,
      }))
    )
  }
)
