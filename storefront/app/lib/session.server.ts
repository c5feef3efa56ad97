import { createCookieSessionStorage, redirect } from "react-router"
import { cacheHeaders } from "./cache"
import { env } from "./env.server"
import { type Lang, langFromPath, localePath } from "./paths"

/** Medusa's customer tokens live a day (`jwtExpiresIn` default); the cookie does not outlive them. */
const SESSION_MAX_AGE = 60 * 60 * 24

type SessionData = { token: string }

/**
 * The shopper's session: the backend's customer token, signed, in an httpOnly cookie (scripts never
 * read it), Secure in production, SameSite=Lax so a cross-site form post arrives without it.
 */
const storage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: "gelar_session",
    httpOnly: true,
    secure: env.NODE_ENV === "production",
    sameSite: "lax",
    path: "/",
    maxAge: SESSION_MAX_AGE,
    secrets: [env.SESSION_SECRET],
  },
})

/** The customer token the request carries, if any (it may have expired: the backend decides). */
export async function customerToken(request: Request): Promise<string | null> {
  const session = await storage.getSession(request.headers.get("Cookie"))
  return session.get("token") ?? null
}

/** The token, or a redirect to the log-in page of the visitor's language that comes back here afterwards. */
export async function requireCustomerToken(request: Request): Promise<string> {
  const token = await customerToken(request)
  if (!token) throw await redirectToLogin(request)
  return token
}

/**
 * To the log-in page of the visitor's language, coming back to the requested page afterwards. Also
 * ends the session, which is either absent or holds a token the backend no longer accepts.
 */
export async function redirectToLogin(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const lang = langFromPath(url.pathname)
  const to = `${localePath(lang, "login")}?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`
  return redirect(to, { headers: { ...cacheHeaders("private"), "Set-Cookie": await endSession() } })
}

/** The Set-Cookie header that starts a session holding this token. */
export async function startSession(token: string): Promise<string> {
  const session = await storage.getSession()
  session.set("token", token)
  return storage.commitSession(session)
}

/** The Set-Cookie header that ends the session. */
export async function endSession(): Promise<string> {
  return storage.destroySession(await storage.getSession())
}

/**
 * Where to go after logging in: only a path of this store, so `?redirectTo=https://evil.example`
 * or `//evil.example` cannot send the shopper away.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, lang: Lang): string {
  const fallback = localePath(lang, "account")
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback
  return to
}

/**
 * Refuses a state-changing request sent from another site. SameSite=Lax already keeps the session
 * cookie off cross-site posts; this also stops a cross-site post that needs no session (log-in,
 * register) from being made in the shopper's name. Browsers send Origin on every POST; when it is
 * missing (old browsers, tools) Sec-Fetch-Site is checked instead, and a request with neither passes.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("Origin")
  const allowed = new Set([new URL(request.url).origin, new URL(env.PUBLIC_BASE_URL).origin])
  const crossSite = origin
    ? origin === "null" || !allowed.has(origin)
    : request.headers.get("Sec-Fetch-Site") === "cross-site"
  if (crossSite) throw new Response("Cross-site request refused", { status: 403 })
}
