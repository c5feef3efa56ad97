import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { featureProductWorkflow } from "../../../../../workflows/exhibition/feature-product"
import type { AdminFeatureProductType } from "../../validators"

/** Features a product at the end of the exhibition's list. */
export async function POST(req: AuthenticatedMedusaRequest<AdminFeatureProductType>, res: MedusaResponse) {
  const { result } = await featureProductWorkflow(req.scope).run({
    input: { exhibition_id: req.params.id, ...req.validatedBody },
  })
  res.status(201).json({ featured_item: result })
}
