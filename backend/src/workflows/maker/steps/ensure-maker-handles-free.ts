import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"

export const ensureMakerHandlesFreeStepId = "ensure-maker-handles-free"

/**
 * Refuses handles that another maker already uses, or that repeat within the input, so a
 * duplicate is a 422 naming the handle instead of a database error.
 */
export const ensureMakerHandlesFreeStep = createStep(
  ensureMakerHandlesFreeStepId,
  async (makers: { id?: string; handle?: string }[], { container }) => {
    const wanted = makers.filter((m): m is { id?: string; handle: string } => !!m.handle)
    if (!wanted.length) {
      return
    }
    const seen = new Set<string>()
    for (const { handle } of wanted) {
      if (seen.has(handle)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The handle "${handle}" is given to two makers`)
      }
      seen.add(handle)
    }
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const taken = await service.listMakers({ handle: [...seen] }, { select: ["id", "handle"] })
    for (const other of taken) {
      const mine = wanted.find((m) => m.handle === other.handle)
      if (mine && mine.id !== other.id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `Another maker already uses the handle "${other.handle}"`
        )
      }
    }
  }
)
