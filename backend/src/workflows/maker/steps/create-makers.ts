import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import type { CreateMakerInput } from "../types"

export const createMakersStepId = "create-makers"

/** Creates makers; compensation deletes them again. */
export const createMakersStep = createStep(
  createMakersStepId,
  async (makers: CreateMakerInput[], { container }) => {
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const created = await service.createMakers(makers)
    return new StepResponse(
      created,
      created.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    await service.deleteMakers(ids)
  }
)
