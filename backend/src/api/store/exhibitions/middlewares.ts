import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListExhibitionsQuery } from "./validators"

export const storeExhibitionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/exhibitions",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListExhibitionsQuery, {})],
  },
]
