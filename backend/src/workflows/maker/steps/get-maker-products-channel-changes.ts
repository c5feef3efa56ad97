import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const getMakerProductsChannelChangesStepId = "get-maker-products-channel-changes"

/**
 * Splits a maker's products into those outside and those inside the given sales channel, so
 * approving adds only what is missing and suspending removes only what is there.
 */
export const getMakerProductsChannelChangesStep = createStep(
  getMakerProductsChannelChangesStepId,
  async (input: { maker_id: string; sales_channel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "maker",
      fields: ["id", "products.id", "products.sales_channels.id"],
      filters: { id: input.maker_id },
    })
    const maker = data[0] as
      | { id: string; products?: { id: string; sales_channels?: { id: string }[] }[] }
      | undefined
    if (!maker) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${input.maker_id} was not found`)
    }
    const products = (maker.products ?? []).filter(Boolean)
    const inChannel = (p: (typeof products)[number]) =>
      (p.sales_channels ?? []).some((sc) => sc?.id === input.sales_channel_id)
    return new StepResponse({
      outside: products.filter((p) => !inChannel(p)).map((p) => p.id),
      inside: products.filter(inChannel).map((p) => p.id),
    })
  }
)
