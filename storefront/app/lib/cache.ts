import type { HeadersFunction } from "react-router"

/**
 * Cache policies, one per kind of page. Public pages may be served stale by a CDN while it
 * refetches (prices and stock change, but a minute-old catalogue is fine); anything personal is
 * never stored.
 */
export const CACHE_CONTROL = {
  catalogue: "public, max-age=60, s-maxage=300, stale-while-revalidate=3600",
  page: "public, max-age=300, s-maxage=600, stale-while-revalidate=86400",
  static: "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800",
  private: "private, no-store",
} as const

export type CachePolicy = keyof typeof CACHE_CONTROL

/** Headers for a loader's response under a policy. */
export function cacheHeaders(policy: CachePolicy): HeadersInit {
  return { "Cache-Control": CACHE_CONTROL[policy] }
}

/**
 * The `headers` export of data routes: the loader's headers, but an error (a 404, a backend that
 * is down) must not be cached for minutes by a CDN, and a page whose header shows the visitor's
 * cart count (the root marks it private) must not be shared.
 */
export const routeHeaders: HeadersFunction = ({ loaderHeaders, parentHeaders, errorHeaders }) => {
  if (errorHeaders) return { "Cache-Control": "no-store" }
  if (!parentHeaders.get("Cache-Control")?.startsWith("private")) return loaderHeaders
  const headers = new Headers(loaderHeaders)
  headers.set("Cache-Control", CACHE_CONTROL.private)
  return headers
}
