import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"
import type { ParticipantInput } from "./validate-participant"

export const upsertParticipantStepId = "upsert-participant"

type Compensation = { created_id?: string; previous?: { id: string; booth_code: string } }

/**
 * Adds the maker to the exhibition at the booth, or moves it to that booth when it already takes
 * part; compensation deletes the new participant or gives the old booth back.
 */
export const upsertParticipantStep = createStep(
  upsertParticipantStepId,
  async (
    input: ParticipantInput & { current: { id: string; booth_code: string } | null },
    { container }
  ) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    if (input.current) {
      const updated = await service.updateExhibitionParticipants({
        id: input.current.id,
        booth_code: input.booth_code,
      })
      return new StepResponse(updated, { previous: input.current } as Compensation)
    }
    const created = await service.createExhibitionParticipants({
      exhibition_id: input.exhibition_id,
      maker_id: input.maker_id,
      booth_code: input.booth_code,
    })
    return new StepResponse(created, { created_id: created.id } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    if (compensation.created_id) {
      await service.deleteExhibitionParticipants(compensation.created_id)
    }
    if (compensation.previous) {
      await service.updateExhibitionParticipants(compensation.previous)
    }
  }
)
