import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"
import type { CreateExhibitionInput } from "../types"

export const createExhibitionStepId = "create-exhibition"

/** Creates an exhibition; compensation deletes it. */
export const createExhibitionStep = createStep(
  createExhibitionStepId,
  async (input: CreateExhibitionInput, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const created = await service.createExhibitions({
      ...input,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.deleteExhibitions(id)
  }
)
