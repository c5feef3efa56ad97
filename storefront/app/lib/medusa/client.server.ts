import Medusa, { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import { env } from "../env.server"

/** The one SDK instance of the server; the publishable key scopes every call to the store's sales channel. */
export const sdk = new Medusa({
  baseUrl: env.MEDUSA_BACKEND_URL,
  publishableKey: env.MEDUSA_PUBLISHABLE_KEY,
  debug: false,
})

/** What the error boundary receives when the backend cannot be reached. */
export const BACKEND_DOWN = { reason: "backend-down" } as const

function isUnreachable(error: unknown): boolean {
  if (error instanceof FetchError) return error.status === undefined || error.status >= 502
  // fetch() itself rejects with a TypeError when the connection is refused or reset.
  return error instanceof TypeError || (error as { code?: string })?.code === "ECONNREFUSED"
}

/** True when the backend answered with this HTTP status. */
export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof FetchError && error.status === status
}

/**
 * Runs a backend call; when the backend is unreachable it throws a 503 response that the error
 * boundaries render as the friendly "try again" page instead of a stack trace.
 */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if (isUnreachable(error)) throw data(BACKEND_DOWN, { status: 503 })
    throw error
  }
}

/**
 * Runs a call to an endpoint that may not exist yet on this backend (another issue builds it):
 * a 404 from the route itself yields `undefined` so the page hides that section.
 */
export async function optional<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call(fn)
  } catch (error) {
    if (hasStatus(error, 404)) return undefined
    throw error
  }
}

/**
 * The header that names the shopper's address to the backend, whose log-in limits count per address
 * (`req.ip`, the leftmost X-Forwarded-For it is given): without it every shopper would share this
 * server's address. The address is the first X-Forwarded-For entry of the shopper's request, set by
 * the proxy in front of the storefront; react-router-serve hands routes no socket address, so
 * without that header nothing is forwarded.
 */
export function forwardedFor(request: Request): Record<string, string> {
  const address = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
  return address ? { "x-forwarded-for": address } : {}
}

let regionPromise: Promise<string> | undefined

/** The id of the IDR region, looked up once: prices are calculated for it. */
export function regionId(): Promise<string> {
  regionPromise ??= call(() =>
    sdk.store.region.list({ fields: "id,currency_code", limit: 50 })
  ).then(({ regions }) => {
    const region = regions.find((r) => r.currency_code === "idr") ?? regions[0]
    if (!region) throw new Error("The backend has no region: run the seed")
    return region.id
  })
  regionPromise.catch(() => {
    regionPromise = undefined
  })
  return regionPromise
}
