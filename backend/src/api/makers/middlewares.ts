import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { loginThrottle } from "../auth/customer/login-throttle"
import { requireApprovedMaker } from "./access"
import {
  AdminInviteMakerUser,
  MakerAcceptInvite,
  MakerApply,
  MakerCreateProduct,
  MakerListOrdersQuery,
  MakerListProductsQuery,
  MakerListImagesQuery,
  MakerSetOrderStatus,
  MakerSetStock,
  MakerUpdateProduct,
  MakerUpdateProfile,
} from "./validators"
import { parseImageUpload } from "./uploads/multipart"

/**
 * The maker portal API. Bearer tokens only: the storefront server holds the maker's token in its own
 * httpOnly cookie and sends it as a header, so no browser sends maker credentials by itself (no CSRF).
 */
export const makersMiddlewares: MiddlewareRoute[] = [
  // Maker sign-in and reset requests: 5 a minute per IP and email, then 429 with Retry-After.
  {
    matcher: "/auth/maker/emailpass",
    method: ["POST"],
    middlewares: [loginThrottle()],
  },
  {
    matcher: "/auth/maker/emailpass/reset-password",
    method: ["POST"],
    middlewares: [loginThrottle()],
  },
  {
    matcher: "/makers*",
    middlewares: [authenticate("maker", ["bearer"], { allowUnregistered: true }), requireApprovedMaker],
  },
  {
    matcher: "/makers/apply",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerApply)],
  },
  {
    matcher: "/makers/products",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(MakerListProductsQuery, {})],
  },
  {
    matcher: "/makers/products",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerCreateProduct)],
  },
  {
    matcher: "/makers/products/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerUpdateProduct)],
  },
  {
    matcher: "/makers/products/:id/variants/:variant_id/stock",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerSetStock)],
  },
  {
    matcher: "/makers/me",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerUpdateProfile)],
  },
  {
    matcher: "/makers/uploads",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(MakerListImagesQuery, {})],
  },
  {
    matcher: "/makers/uploads",
    method: ["POST"],
    middlewares: [parseImageUpload],
  },
  {
    matcher: "/makers/invites/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerAcceptInvite)],
  },
  {
    matcher: "/admin/makers/:id/invite",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminInviteMakerUser)],
  },
  {
    matcher: "/makers/orders",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(MakerListOrdersQuery, {})],
  },
  {
    matcher: "/makers/orders/:id/status",
    method: ["POST"],
    middlewares: [validateAndTransformBody(MakerSetOrderStatus)],
  },
]
