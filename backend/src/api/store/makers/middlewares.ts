import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListMakersQuery } from "./validators"

export const storeMakersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/makers",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListMakersQuery, {})],
  },
]
