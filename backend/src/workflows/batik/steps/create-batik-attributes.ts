import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATIK_MODULE, type BatikModuleService } from "../../../modules/batik"
import type { BatikAttributesInput } from "../types"

export const createBatikAttributesStepId = "create-batik-attributes"

/** Creates batik attribute rows (in input order); compensation deletes them. */
export const createBatikAttributesStep = createStep(
  createBatikAttributesStepId,
  async (items: BatikAttributesInput[], { container }) => {
    if (!items.length) {
      return new StepResponse([], [])
    }
    const service: BatikModuleService = container.resolve(BATIK_MODULE)
    const created = await service.createBatikAttributes(items)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: BatikModuleService = container.resolve(BATIK_MODULE)
    await service.deleteBatikAttributes(ids)
  }
)
