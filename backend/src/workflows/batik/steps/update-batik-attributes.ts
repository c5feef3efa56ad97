import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATIK_MODULE, type BatikModuleService } from "../../../modules/batik"
import type { BatikAttributesInput } from "../types"

export const updateBatikAttributesStepId = "update-batik-attributes"

type Update = { id: string } & Partial<BatikAttributesInput>

/** Updates batik attribute rows; compensation writes back the previous values. */
export const updateBatikAttributesStep = createStep(
  updateBatikAttributesStepId,
  async (update: Update, { container }) => {
    const service: BatikModuleService = container.resolve(BATIK_MODULE)
    const before = (await service.retrieveBatikAttributes(update.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(update).map((k) => [k, before[k]])) as Update
    const updated = await service.updateBatikAttributes(update)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: BatikModuleService = container.resolve(BATIK_MODULE)
    await service.updateBatikAttributes(previous)
  }
)
