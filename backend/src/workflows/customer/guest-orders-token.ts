import { readToken, signToken } from "../../lib/signed-token"

/** How long the link that adds a guest's orders to a new account stays valid. */
export const GUEST_ORDERS_TTL_MS = 3 * 24 * 3600 * 1000

export type GuestOrdersPayload = { customer_id: string; email: string; expires_at: number }

const PURPOSE = "guest-orders"

export const signGuestOrdersToken = (payload: GuestOrdersPayload, secret: string) => signToken(payload, secret, PURPOSE)

export const readGuestOrdersToken = (token: string, secret: string, now = Date.now()) =>
  readToken<GuestOrdersPayload>(token, secret, PURPOSE, now)
