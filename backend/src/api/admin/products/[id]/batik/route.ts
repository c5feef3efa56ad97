import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductBatikAttributesWorkflow } from "../../../../../workflows/batik/set-product-batik-attributes"
import type { AdminSetBatikAttributesType } from "../../validators"

/** The product's batik attributes (null when none are set yet) and its maker. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "batik_attributes.*", "maker.id", "maker.name", "maker.handle", "maker.status"],
    filters: { id: req.params.id },
  })
  const product = data[0] as any
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  }
  res.json({ batik_attributes: product.batik_attributes ?? null, maker: product.maker ?? null })
}

/** Sets (replaces) the product's batik attributes after checking the Batikmark rules. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetBatikAttributesType>, res: MedusaResponse) {
  const { result } = await setProductBatikAttributesWorkflow(req.scope).run({
    input: { product_id: req.params.id, batik: req.validatedBody },
  })
  res.json({ batik_attributes: result })
}
