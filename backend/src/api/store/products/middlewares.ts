import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"

// Medusa's store product routes drop fields outside their allow-list; the maker and batik links
// are public, so one request can return a product with both (decision 002). Global (no method):
// the query is validated before method-scoped middlewares run.
export const storeProductLinkFieldsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products*",
    middlewares: [allowFields("maker", "maker.*", "batik_attributes", "batik_attributes.*")],
  },
]
