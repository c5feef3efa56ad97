import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The sizes a piece has now, by id. */
export type OwnSizes = { variant_ids: string[] }

/**
 * Reads the piece's sizes and refuses a size id that is not one of them with a 404, worded like an
 * unknown id, before anything is written (so another maker's size changes nothing). Writes nothing.
 */
export const findOwnSizesStep = createStep(
  "find-own-sizes",
  async (input: { product_id: string; variant_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { product_id: input.product_id },
    })
    const own = new Set((data as { id: string }[]).map((v) => v.id))
    const missing = input.variant_ids.filter((id) => !own.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${missing.join(", ")} was not found`)
    }
    return new StepResponse<OwnSizes>({ variant_ids: [...own] })
  }
)
