import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const getDefaultShippingProfileStepId = "get-default-shipping-profile"

/** The store's default shipping profile, which every maker's piece ships under. */
export const getDefaultShippingProfileStep = createStep(getDefaultShippingProfileStepId, async (_: void, { container }) => {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  if (!profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default shipping profile yet")
  }
  return new StepResponse({ id: profile.id })
})
