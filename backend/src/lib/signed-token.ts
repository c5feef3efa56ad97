import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Self-contained links sent by email (maker invites, a customer's guest orders): the payload in
 * base64url and an HMAC over it, keyed by the server's secret and the token's purpose, so a token
 * made for one purpose is refused for another. Nothing is stored until the link is used.
 */
type Expiring = { expires_at: number }

/** The key tokens are signed with: the server's JWT secret, which production requires to be set. */
export const tokenSecret = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

const sign = (body: string, secret: string, purpose: string) =>
  createHmac("sha256", `${secret}:${purpose}`).update(body).digest("base64url")

export function signToken<T extends Expiring>(payload: T, secret: string, purpose: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return `${body}.${sign(body, secret, purpose)}`
}

/** The payload when the signature holds for this purpose and it has not expired; null otherwise. */
export function readToken<T extends Expiring>(token: string, secret: string, purpose: string, now = Date.now()): T | null {
  const [body, signature] = String(token ?? "").split(".")
  if (!body || !signature) {
    return null
  }
  const expected = Buffer.from(sign(body, secret, purpose))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return null
  }
  const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as T
  return payload.expires_at > now ? payload : null
}
