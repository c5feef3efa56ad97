import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"

export const updateOwnMakerOrderStepId = "update-own-maker-order"

export type MakerOrderStatus = "new" | "packed" | "shipped" | "ready_for_pickup"

export type MakerOrderStatusInput = { maker_id: string; id: string; status: MakerOrderStatus; tracking_number?: string | null }

/**
 * Checks the part of the order is the maker's own (another maker's part is a 404) and that shipping
 * comes with a tracking number. Writes nothing.
 */
export const validateMakerOrderStatusStep = createStep(
  "validate-maker-order-status",
  async (input: MakerOrderStatusInput, { container }) => {
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const [own] = await service.listMakerOrders({ id: input.id, maker_id: input.maker_id }, { take: 1 })
    if (!own) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.id} was not found`)
    }
    if (input.status === "shipped" && !input.tracking_number) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give the courier's tracking number when marking the order shipped")
    }
    return new StepResponse(own.id)
  }
)

/** Sets the status of a checked order part; compensation restores the previous status and number. */
export const updateOwnMakerOrderStep = createStep(
  updateOwnMakerOrderStepId,
  async (input: MakerOrderStatusInput, { container }) => {
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const before = await service.retrieveMakerOrder(input.id)
    const updated = await service.updateMakerOrders({
      id: before.id,
      status: input.status,
      tracking_number: input.status === "shipped" ? input.tracking_number! : before.tracking_number,
    })
    return new StepResponse(updated, { id: before.id, status: before.status, tracking_number: before.tracking_number })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    await service.updateMakerOrders(previous)
  }
)
