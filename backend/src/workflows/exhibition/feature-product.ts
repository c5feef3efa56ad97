import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFeaturedItemStep } from "./steps/create-featured-item"
import { validateFeaturableStep } from "./steps/validate-featurable"

export const featureProductWorkflowId = "feature-exhibition-product"

export type FeatureProductInput = {
  exhibition_id: string
  product_id: string
  note_id?: string | null
  note_en?: string | null
}

/**
 * Features a product of an approved, participating maker at the end of the exhibition's list
 * (position n+1); reorder moves it.
 */
export const featureProductWorkflow = createWorkflow(
  featureProductWorkflowId,
  (input: FeatureProductInput) => {
    const { position } = validateFeaturableStep(input)
    const item = createFeaturedItemStep(
      transform({ input, position }, ({ input, position }) => ({ ...input, position }))
    )
    return new WorkflowResponse(item)
  }
)
