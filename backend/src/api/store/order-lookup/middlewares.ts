import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreOrderLookupQuery } from "./validators"

export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/order-lookup",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreOrderLookupQuery, {})],
  },
]
