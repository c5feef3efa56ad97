import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ensureMakerOwnsProductsStepId = "ensure-maker-owns-products"

/**
 * Refuses any product that is not the maker's own with a 404 naming it, exactly as for an unknown id,
 * so a maker cannot even learn that another maker's product exists.
 */
export const ensureMakerOwnsProductsStep = createStep(
  ensureMakerOwnsProductsStepId,
  async (input: { maker_id: string; product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "maker.id"],
      filters: { id: input.product_ids },
    })
    const own = new Set(
      (data as { id: string; maker?: { id: string } | null }[]).filter((p) => p.maker?.id === input.maker_id).map((p) => p.id)
    )
    const missing = input.product_ids.filter((id) => !own.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${missing.join(", ")} was not found`)
    }
    return new StepResponse(input.product_ids)
  }
)
