import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const planProductsMakerStepId = "plan-products-maker"

type ProductRow = { id: string; maker?: { id: string } | null; sales_channels?: { id: string }[] }

/**
 * Works out what giving products to a maker changes: which links to another maker go (a product
 * has exactly one maker), which links are new, and which products enter or leave the online
 * channel so they follow the new maker's status.
 */
export const planProductsMakerStep = createStep(
  planProductsMakerStepId,
  async (input: { maker_id: string; product_ids: string[]; sales_channel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: makers } = await query.graph({
      entity: "maker",
      fields: ["id", "status"],
      filters: { id: input.maker_id },
    })
    const maker = makers[0] as { id: string; status: string } | undefined
    if (!maker) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${input.maker_id} was not found`)
    }
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "maker.id", "sales_channels.id"],
      filters: { id: input.product_ids },
    })
    const products = data as ProductRow[]
    const missing = input.product_ids.filter((id) => !products.some((p) => p.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${missing.join(", ")} was not found`)
    }
    const moving = products.filter((p) => p.maker?.id !== maker.id)
    const inChannel = (p: ProductRow) => (p.sales_channels ?? []).some((sc) => sc?.id === input.sales_channel_id)
    const approved = maker.status === "approved"
    return new StepResponse({
      dismiss: moving.filter((p) => p.maker).map((p) => ({ maker_id: p.maker!.id, product_id: p.id })),
      create: moving.map((p) => ({ maker_id: maker.id, product_id: p.id })),
      add: approved ? products.filter((p) => !inChannel(p)).map((p) => p.id) : [],
      remove: approved ? [] : products.filter(inChannel).map((p) => p.id),
    })
  }
)
