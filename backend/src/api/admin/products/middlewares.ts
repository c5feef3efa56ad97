import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetBatikAttributes } from "./validators"

export const adminProductBatikMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/products/:id/batik",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetBatikAttributes)],
  },
]
