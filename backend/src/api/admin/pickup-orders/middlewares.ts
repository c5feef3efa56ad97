import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminPickupOrdersQuery } from "./validators"

export const adminPickupOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/pickup-orders",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPickupOrdersQuery, {})],
  },
]
