import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import type { CreateMakerInput } from "../types"

export const updateMakersStepId = "update-makers"

export type UpdateMakersStepInput = ({ id: string } & Partial<CreateMakerInput>)[]

/** Updates makers (profile or status); compensation writes back the fields as they were. */
export const updateMakersStep = createStep(
  updateMakersStepId,
  async (updates: UpdateMakersStepInput, { container }) => {
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const ids = updates.map((u) => u.id)
    const before = await service.listMakers({ id: ids })
    const missing = ids.filter((id) => !before.some((m) => m.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${missing.join(", ")} was not found`)
    }
    const previous = updates.map((u) => {
      const old = before.find((m) => m.id === u.id)! as unknown as Record<string, unknown>
      return Object.fromEntries(Object.keys(u).map((k) => [k, old[k]])) as UpdateMakersStepInput[number]
    })
    const updated = await service.updateMakers(updates)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    await service.updateMakers(previous)
  }
)
