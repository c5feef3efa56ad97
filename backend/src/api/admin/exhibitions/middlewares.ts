import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAddParticipant,
  AdminCreateExhibition,
  AdminFeatureProduct,
  AdminListExhibitionsQuery,
  AdminReorderFeatured,
  AdminUpdateExhibition,
} from "./validators"

export const adminExhibitionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/exhibitions",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListExhibitionsQuery, {})],
  },
  {
    matcher: "/admin/exhibitions",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateExhibition)],
  },
  {
    matcher: "/admin/exhibitions/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateExhibition)],
  },
  {
    matcher: "/admin/exhibitions/:id/participants",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddParticipant)],
  },
  {
    matcher: "/admin/exhibitions/:id/featured",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminFeatureProduct)],
  },
  {
    matcher: "/admin/exhibitions/:id/featured/reorder",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminReorderFeatured)],
  },
]
