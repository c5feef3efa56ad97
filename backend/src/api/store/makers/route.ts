import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListMakersQueryType } from "./validators"

/** Approved makers with the number of their published products. */
export async function GET(req: MedusaRequest<unknown, StoreListMakersQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, district, sentra, size_class, handle, order, offset, limit } = req.validatedQuery as StoreListMakersQueryType
  const { data, metadata } = await query.graph({
    entity: "maker",
    fields: ["id", "handle", "name", "size_class", "district", "sentra", "logo_url", "products.id", "products.status"],
    filters: {
      status: "approved",
      ...(q ? { q } : {}),
      ...(district ? { district } : {}),
      ...(sentra ? { sentra } : {}),
      ...(size_class ? { size_class } : {}),
      ...(handle?.length ? { handle } : {}),
    },
    pagination: { skip: offset, take: limit, order: { name: order === "-name" ? "DESC" : "ASC" } },
  })
  const makers = data.map(({ products, ...maker }: any) => ({
    ...maker,
    product_count: (products ?? []).filter((p: any) => p?.status === "published").length,
  }))
  res.json({ makers, count: metadata?.count ?? makers.length, offset, limit })
}
