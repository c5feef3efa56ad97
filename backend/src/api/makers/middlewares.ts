import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireApprovedMaker } from "./access"
import { MakerApply } from "./validators"

/**
 * The maker portal API. Bearer tokens only: the storefront server holds the maker's token in its own
 * httpOnly cookie and sends it as a header, so no browser sends maker credentials by itself (no CSRF).
 */
export const makersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/makers*",
    middlewares: [authenticate("maker", ["bearer"], { allowUnregistered: true }), requireApprovedMaker],
  },
  {
    matcher: "/makers/apply",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerApply)],
  },
]
