import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOwnProductWorkflow } from "../../../workflows/maker-portal/create-own-product"
import type { MakerRequest } from "../access"
import type { MakerCreateProductType, MakerListProductsQueryType } from "../validators"
import { MAKER_PRODUCT_FIELDS, presentMakerProduct } from "./fields"

/** The signed-in maker's own pieces, newest first: `{ products, count, offset, limit }`. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  const { offset, limit } = req.validatedQuery as MakerListProductsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "maker",
    fields: ["products.id"],
    filters: { id: req.maker_actor.maker_id },
  })
  const ids = ((links[0]?.products ?? []) as { id: string }[]).map((p) => p.id)
  if (!ids.length) {
    return res.json({ products: [], count: 0, offset, limit })
  }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: MAKER_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ products: data.map(presentMakerProduct), count: metadata?.count ?? data.length, offset, limit })
}

/** Creates a piece of the signed-in maker (201). */
export async function POST(req: MakerRequest & { validatedBody: MakerCreateProductType }, res: MedusaResponse) {
  const { result } = await createOwnProductWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, product: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: MAKER_PRODUCT_FIELDS, filters: { id: result.id } })
  res.status(201).json({ product: presentMakerProduct(data[0]) })
}
