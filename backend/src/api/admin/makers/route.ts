import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMakersWorkflow } from "../../../workflows/maker/create-makers"
import type { AdminCreateMakerType, AdminListMakersQueryType } from "./validators"

/** Makers by status, newest first, with their product counts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListMakersQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, q, offset, limit } = req.validatedQuery as AdminListMakersQueryType
  const { data, metadata } = await query.graph({
    entity: "maker",
    fields: ["*", "products.id"],
    filters: { ...(status ? { status } : {}), ...(q ? { q } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const makers = data.map(({ products, ...m }: any) => ({ ...m, product_count: (products ?? []).filter(Boolean).length }))
  res.json({ makers, count: metadata?.count ?? makers.length, offset, limit })
}

/** Creates a pending maker. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMakerType>, res: MedusaResponse) {
  const { result } = await createMakersWorkflow(req.scope).run({ input: { makers: [req.validatedBody] } })
  res.status(201).json({ maker: result[0] })
}
