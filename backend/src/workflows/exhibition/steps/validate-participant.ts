import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"

export const validateParticipantStepId = "validate-participant"

export type ParticipantInput = { exhibition_id: string; maker_id: string; booth_code: string }

/**
 * Checks that the exhibition exists, the maker exists and is approved, and no other maker has the
 * booth in this exhibition. Returns the maker's current participation, if any, to change its booth.
 */
export const validateParticipantStep = createStep(
  validateParticipantStepId,
  async (input: ParticipantInput, { container }) => {
    const exhibitions: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const makers: MakerModuleService = container.resolve(MAKER_MODULE)
    const [exhibition] = await exhibitions.listExhibitions({ id: input.exhibition_id }, { select: ["id"] })
    if (!exhibition) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition ${input.exhibition_id} was not found`)
    }
    const [maker] = await makers.listMakers({ id: input.maker_id }, { select: ["id", "name", "status"] })
    if (!maker) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${input.maker_id} was not found`)
    }
    if (maker.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${maker.name} is ${maker.status}: only an approved maker can take part in an exhibition`
      )
    }
    const taken = await exhibitions.listExhibitionParticipants(
      { exhibition_id: input.exhibition_id, booth_code: input.booth_code },
      { select: ["id", "maker_id"] }
    )
    if (taken.some((p) => p.maker_id !== input.maker_id)) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Booth ${input.booth_code} is already given to another maker in this exhibition`
      )
    }
    const [current] = await exhibitions.listExhibitionParticipants(
      { exhibition_id: input.exhibition_id, maker_id: input.maker_id },
      { select: ["id", "booth_code"] }
    )
    return new StepResponse(current ? { id: current.id, booth_code: current.booth_code } : null)
  }
)
