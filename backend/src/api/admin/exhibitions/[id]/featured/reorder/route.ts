import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reorderFeaturedWorkflow } from "../../../../../../workflows/exhibition/reorder-featured"
import type { AdminReorderFeaturedType } from "../../../validators"

/** Puts the featured products in the given order. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReorderFeaturedType>, res: MedusaResponse) {
  const { result } = await reorderFeaturedWorkflow(req.scope).run({
    input: { exhibition_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  res.json({ featured: result.map(({ id, position }) => ({ id, position })) })
}
