import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteOwnProductWorkflow } from "../../../../workflows/maker-portal/delete-own-product"
import { updateOwnProductWorkflow } from "../../../../workflows/maker-portal/update-own-product"
import type { MakerRequest } from "../../access"
import type { MakerUpdateProductType } from "../../validators"
import { MAKER_PRODUCT_FIELDS, presentMakerProduct } from "../fields"

async function ownProduct(req: MakerRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [...MAKER_PRODUCT_FIELDS, "maker.id"],
    filters: { id: req.params.id },
  })
  const product = data[0] as (Record<string, unknown> & { maker?: { id: string } | null }) | undefined
  if (!product || product.maker?.id !== req.maker_actor.maker_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  }
  const { maker: _maker, ...own } = product
  return presentMakerProduct(own)
}

/** One of the signed-in maker's pieces; another maker's is a 404. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  res.json({ product: await ownProduct(req) })
}

/** Edits or publishes/unpublishes one of the maker's pieces. */
export async function POST(req: MakerRequest & { validatedBody: MakerUpdateProductType }, res: MedusaResponse) {
  await updateOwnProductWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: await ownProduct(req) })
}

/** Deletes one of the maker's pieces. */
export async function DELETE(req: MakerRequest, res: MedusaResponse) {
  const { result } = await deleteOwnProductWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, id: req.params.id },
  })
  res.json(result)
}
