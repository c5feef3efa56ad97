import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"
import { PUBLIC_MAKER_FIELDS } from "../makers/fields"

const BATIK_FIELDS = [
  "id",
  "technique",
  "batikmark_number",
  "batikmark_label",
  "motifs",
  "dye_type",
  "dyes",
  "fabric",
  "form",
  "length_cm",
  "width_cm",
  "production_days",
  "colours",
  "care_id",
  "care_en",
]

// Medusa's store product routes drop every field missing from their allow-list, compared as exact
// strings: `*maker` needs "maker", and `maker.name` needs "maker.name" itself. The maker and batik
// links are public, so one request can return a product with both (decision 002). A variant's rank
// is the order the maker gave the sizes in, which the product page shows them in. Global (no
// method): the query is validated before method-scoped middlewares run.
export const storeProductLinkFieldsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products*",
    middlewares: [
      allowFields(
        "maker",
        PUBLIC_MAKER_FIELDS.map((f) => `maker.${f}`),
        "batik_attributes",
        BATIK_FIELDS.map((f) => `batik_attributes.${f}`),
        "variants.variant_rank"
      ),
    ],
  },
]
