import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductsMakerWorkflow } from "../../../../../workflows/maker/set-products-maker"
import type { AdminSetMakerProductsType } from "../../validators"

/** Gives existing products to this maker (a product has exactly one maker). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetMakerProductsType>, res: MedusaResponse) {
  const { result } = await setProductsMakerWorkflow(req.scope).run({
    input: { maker_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  res.json(result)
}
