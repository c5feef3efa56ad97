import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreClaimGuestOrders } from "./validators"

export const storeGuestOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/guest-orders",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreClaimGuestOrders)],
  },
]
