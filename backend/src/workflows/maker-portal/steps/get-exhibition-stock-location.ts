import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The exhibition's stock location, where every maker's pieces are held (the store's default location,
 * set by the base seed): online and booth sales draw on the same pieces.
 */
export const getExhibitionStockLocationStep = createStep("get-exhibition-stock-location", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["id", "default_location_id"] })
  const id = (data[0] as { default_location_id?: string | null } | undefined)?.default_location_id
  if (!id) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no stock location for the exhibition: run the seed first")
  }
  return new StepResponse({ id })
})
