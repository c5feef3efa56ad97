import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"

export const createMakerUserStepId = "create-maker-user"

export type CreateMakerUserStepInput = { maker_id: string; email: string; name: string }

/** Creates one portal login record for a maker; refuses an email that already has one. Compensation deletes it. */
export const createMakerUserStep = createStep(
  createMakerUserStepId,
  async (input: CreateMakerUserStepInput, { container }) => {
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const email = input.email.trim().toLowerCase()
    const [taken] = await service.listMakerUsers({ email }, { take: 1 })
    if (taken) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} already has a maker portal account`)
    }
    await service.retrieveMaker(input.maker_id)
    const user = await service.createMakerUsers({ email, name: input.name, maker_id: input.maker_id })
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    await service.deleteMakerUsers(id)
  }
)
