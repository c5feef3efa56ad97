import { readToken, signToken } from "../../lib/signed-token"

/** How long an invite link stays valid. */
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000

export type InvitePayload = { maker_id: string; email: string; expires_at: number }

/** A signed, self-contained invite token (maker, email, expiry); nothing is stored until it is accepted. */
export function signInviteToken(payload: InvitePayload, secret: string): string {
  return signToken(payload, secret, "maker-invite")
}

/** The invite's payload when the signature holds and it has not expired; null otherwise. */
export function readInviteToken(token: string, secret: string, now = Date.now()): InvitePayload | null {
  return readToken<InvitePayload>(token, secret, "maker-invite", now)
}
