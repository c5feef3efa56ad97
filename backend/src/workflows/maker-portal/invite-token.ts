import { createHmac, timingSafeEqual } from "node:crypto"

/** How long an invite link stays valid. */
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000

export type InvitePayload = { maker_id: string; email: string; expires_at: number }

const sign = (body: string, secret: string) => createHmac("sha256", `${secret}:maker-invite`).update(body).digest("base64url")

/** A signed, self-contained invite token (maker, email, expiry); nothing is stored until it is accepted. */
export function signInviteToken(payload: InvitePayload, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return `${body}.${sign(body, secret)}`
}

/** The invite's payload when the signature holds and it has not expired; null otherwise. */
export function readInviteToken(token: string, secret: string, now = Date.now()): InvitePayload | null {
  const [body, signature] = token.split(".")
  if (!body || !signature) {
    return null
  }
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return null
  }
  const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as InvitePayload
  return payload.expires_at > now ? payload : null
}
