import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tokenSecret } from "../../../lib/signed-token"
import { GUEST_ORDERS_TTL_MS, readGuestOrdersToken, signGuestOrdersToken } from "../guest-orders-token"
import type { GuestOrdersCustomer } from "./find-guest-orders"

export const signGuestOrdersTokenStepId = "sign-guest-orders-token"

/** Signs the link token for this customer and the email the orders were placed with. */
export const signGuestOrdersTokenStep = createStep(
  signGuestOrdersTokenStepId,
  async (input: { customer_id: string; email: string }, { container }) =>
    new StepResponse(
      signGuestOrdersToken(
        { customer_id: input.customer_id, email: input.email, expires_at: Date.now() + GUEST_ORDERS_TTL_MS },
        tokenSecret(container)
      )
    )
)

export const checkGuestOrdersTokenStepId = "check-guest-orders-token"

/**
 * Accepts the token only for the signed-in customer it was made for, while the account still has the
 * email the link was sent to: opening the link proves the shopper reads that mailbox.
 */
export const checkGuestOrdersTokenStep = createStep(
  checkGuestOrdersTokenStepId,
  async (input: { customer_id: string; token: string; customer: GuestOrdersCustomer | null }, { container }) => {
    const payload = readGuestOrdersToken(input.token, tokenSecret(container))
    const refuse = () =>
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This link is not valid for this account or has expired. Sign in with the account you registered and open the newest link we emailed."
      )
    if (!payload || payload.customer_id !== input.customer_id) {
      throw refuse()
    }
    const email = input.customer?.email?.toLowerCase()
    if (email !== payload.email) {
      throw refuse()
    }
    return new StepResponse(payload)
  }
)
