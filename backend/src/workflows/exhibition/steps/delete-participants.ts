import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const deleteParticipantsStepId = "delete-participants"

/** Soft-deletes participants; compensation restores them. */
export const deleteParticipantsStep = createStep(
  deleteParticipantsStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) {
      return new StepResponse([], [])
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.softDeleteExhibitionParticipants(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.restoreExhibitionParticipants(ids)
  }
)
