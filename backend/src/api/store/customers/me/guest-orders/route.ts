import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { claimGuestOrdersWorkflow } from "../../../../../workflows/customer/claim-guest-orders"
import type { StoreClaimGuestOrdersType } from "./validators"

/**
 * POST /store/customers/me/guest-orders {token}: adds the orders placed as a guest under the
 * account's email, given the token of the link emailed after registering. Medusa authenticates
 * `/store/customers/me*`.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreClaimGuestOrdersType>, res: MedusaResponse) {
  const { result } = await claimGuestOrdersWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, token: req.validatedBody.token },
  })
  res.json({ order_ids: result.order_ids })
}
