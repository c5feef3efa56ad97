import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { GelarSearchBatch, GelarSearchQuery } from "./validators"

/**
 * Rejects what a shopper's client can get wrong with a 400 naming the problem. It only reads the
 * body: Medusa's own validator still shapes it for the route.
 */
export function checkStoreSearch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const schema = "queries" in body ? GelarSearchBatch : GelarSearchQuery
  const result = schema.safeParse(body)
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((issue) => issue.message))]
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; ")))
  }
  next()
}

/** `/store/search` serves the product index only, behind Gelar's input checks. */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [
      checkStoreSearch,
      configureStoreSearch({ allowed_indexes: { product: true } }),
    ],
  },
]
