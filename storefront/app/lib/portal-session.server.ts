import { FetchError } from "@medusajs/js-sdk"
import { createCookieSessionStorage, redirect } from "react-router"
import { env } from "./env.server"
import { langFromPath } from "./paths"
import { portalPath } from "./portal-paths"
import { assertSameOrigin } from "./session.server"

/** Why a maker lands on the sign-in page; the page says it in the maker's language. */
export type PortalNotice = "signedOut" | "expired" | "forbidden" | "passwordSet"

type SessionData = { token: string }
type FlashData = { notice: PortalNotice }

/**
 * The maker's session: the backend's maker token, signed, in an httpOnly cookie (scripts never read
 * it, the browser never sends it to the backend), Secure in production, SameSite=Lax so a cross-site
 * form post arrives without it. A day long, like the token itself.
 */
export const portalSessions = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: "gelar_portal",
    httpOnly: true,
    secure: env.NODE_ENV === "production",
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24,
    secrets: [env.PORTAL_SESSION_SECRET],
  },
})

function sessionOf(request: Request) {
  return portalSessions.getSession(request.headers.get("Cookie"))
}

/** The maker token the request carries, if any (it may have expired: the backend decides). */
export async function makerToken(request: Request): Promise<string | null> {
  return (await sessionOf(request)).get("token") ?? null
}

/** A redirect to the sign-in page of the request's language, with a notice to show there once. */
export async function toSignIn(request: Request, notice: PortalNotice): Promise<Response> {
  const session = await sessionOf(request)
  session.unset("token")
  session.flash("notice", notice)
  const lang = langFromPath(new URL(request.url).pathname)
  return redirect(portalPath(lang, "signIn"), { headers: { "Set-Cookie": await portalSessions.commitSession(session) } })
}

/** The notice flashed for the sign-in page, and the Set-Cookie header that consumes it. */
export async function takeNotice(request: Request): Promise<{ notice: PortalNotice | null; setCookie: string }> {
  const session = await sessionOf(request)
  const notice = session.get("notice") ?? null
  return { notice, setCookie: await portalSessions.commitSession(session) }
}

/** The Set-Cookie header of a session that holds this token. */
export async function startSession(request: Request, token: string): Promise<string> {
  const session = await sessionOf(request)
  session.set("token", token)
  return portalSessions.commitSession(session)
}

/**
 * Runs backend calls for the signed-in maker. Without a session, or when the backend answers 401
 * (token expired, login removed) or 403 (maker pending or suspended), the maker is signed out and
 * sent to the sign-in page with the reason: a suspension ends the portal at the next click.
 */
export async function withMaker<T>(request: Request, fn: (token: string) => Promise<T>): Promise<T> {
  const token = await makerToken(request)
  if (!token) throw await toSignIn(request, "expired")
  try {
    return await fn(token)
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 403)) {
      throw await toSignIn(request, error.status === 403 ? "forbidden" : "expired")
    }
    throw error
  }
}

/**
 * The portal's middleware: refuses a POST from another site (403) before any action runs (the session
 * cookie is SameSite=Lax, but sign-in, invite and password reset need no session), and marks every
 * portal response as private and not for search engines.
 */
export async function portalGuard(
  { request }: { request: Request },
  next: () => Promise<Response>
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request)
  const response = await next()
  for (const [name, value] of Object.entries(PORTAL_HEADERS)) response.headers.set(name, value)
  return response
}

/** Headers of every portal response: never cached, never indexed. */
export const PORTAL_HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" } as const
