import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"
import type { UpdateExhibitionInput } from "../types"

export const validateExhibitionStepId = "validate-exhibition"

/**
 * Checks an exhibition to create (no id) or the change to one (with id) against the stored row:
 * the handle is free and the exhibition ends strictly after it starts.
 */
export const validateExhibitionStep = createStep(
  validateExhibitionStepId,
  async (input: Partial<UpdateExhibitionInput>, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    let current: { starts_at: Date; ends_at: Date } | undefined
    if (input.id) {
      const [found] = await service.listExhibitions({ id: input.id }, { select: ["id", "starts_at", "ends_at"] })
      if (!found) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition ${input.id} was not found`)
      }
      current = found
    }
    if (input.handle) {
      const [other] = await service.listExhibitions({ handle: input.handle }, { select: ["id"] })
      if (other && other.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `Another exhibition already uses the handle "${input.handle}"`
        )
      }
    }
    const starts = new Date(input.starts_at ?? current!.starts_at)
    const ends = new Date(input.ends_at ?? current!.ends_at)
    if (!(ends.getTime() > starts.getTime())) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `An exhibition must end after it starts: ends_at ${ends.toISOString()} is not after starts_at ${starts.toISOString()}`
      )
    }
  }
)
