import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unfeatureProductsWorkflow } from "../../../../../../workflows/exhibition/unfeature-products"

/** Stops featuring a product in the exhibition; the others close up to 1..n. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await unfeatureProductsWorkflow(req.scope).run({
    input: { exhibition_id: req.params.id, product_ids: [req.params.product_id] },
  })
  res.json({ id: req.params.product_id, object: "exhibition_featured_item", deleted: true })
}
