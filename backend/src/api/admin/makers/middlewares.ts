import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminCreateMaker, AdminListMakersQuery, AdminSetMakerProducts, AdminUpdateMaker } from "./validators"

export const adminMakersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/makers",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListMakersQuery, {})],
  },
  {
    matcher: "/admin/makers",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateMaker)],
  },
  {
    matcher: "/admin/makers/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateMaker)],
  },
  {
    matcher: "/admin/makers/:id/products",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetMakerProducts)],
  },
]
