import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const deleteExhibitionStepId = "delete-exhibition"

/** Soft-deletes an exhibition with its participants and featured items; compensation restores them. */
export const deleteExhibitionStep = createStep(
  deleteExhibitionStepId,
  async (id: string, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const [found] = await service.listExhibitions({ id }, { select: ["id"] })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition ${id} was not found`)
    }
    await service.softDeleteExhibitions(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.restoreExhibitions(id)
  }
)
