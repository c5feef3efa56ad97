import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"
import type { UpdateExhibitionInput } from "../types"

export const updateExhibitionStepId = "update-exhibition"

/** Updates an exhibition's own fields; compensation writes back the previous values. */
export const updateExhibitionStep = createStep(
  updateExhibitionStepId,
  async (input: UpdateExhibitionInput, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const before = (await service.retrieveExhibition(input.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, before[k]])) as UpdateExhibitionInput
    const { starts_at, ends_at, ...rest } = input
    const updated = await service.updateExhibitions({
      ...rest,
      ...(starts_at !== undefined ? { starts_at: new Date(starts_at) } : {}),
      ...(ends_at !== undefined ? { ends_at: new Date(ends_at) } : {}),
    })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.updateExhibitions(previous as unknown as Parameters<ExhibitionModuleService["updateExhibitions"]>[0])
  }
)
