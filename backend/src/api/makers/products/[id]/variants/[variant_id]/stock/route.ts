import type { MedusaResponse } from "@medusajs/framework/http"
import { setOwnVariantStockWorkflow } from "../../../../../../../workflows/maker-portal/set-own-variant-stock"
import type { MakerRequest } from "../../../../../access"
import type { MakerSetStockType } from "../../../../../validators"

/**
 * Sets the pieces on hand of one size (`{ quantity }`) or changes them (`{ adjustment }`):
 * `{ variant: { id, stocked_quantity, reserved_quantity, available_quantity } }`.
 */
export async function POST(req: MakerRequest & { validatedBody: MakerSetStockType }, res: MedusaResponse) {
  const { result } = await setOwnVariantStockWorkflow(req.scope).run({
    input: {
      maker_id: req.maker_actor.maker_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      ...req.validatedBody,
    },
  })
  res.json({ variant: result })
}
