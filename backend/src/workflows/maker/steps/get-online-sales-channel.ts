import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASE_NAMES } from "../../../lib/constants"

export const getOnlineSalesChannelStepId = "get-online-sales-channel"

/**
 * Finds the "Gelar Online" sales channel: a product is sold online exactly while it is in it,
 * which is how approving and suspending a maker shows and hides its products (decision 002).
 */
export const getOnlineSalesChannelStep = createStep(
  getOnlineSalesChannelStepId,
  async (_: void, { container }) => {
    const service = container.resolve(Modules.SALES_CHANNEL)
    const [channel] = await service.listSalesChannels(
      { name: BASE_NAMES.salesChannel },
      { select: ["id", "name"] }
    )
    if (!channel) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `The sales channel "${BASE_NAMES.salesChannel}" does not exist: run the seed first`
      )
    }
    return new StepResponse({ id: channel.id })
  }
)
