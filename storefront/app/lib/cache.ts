import type { HeadersFunction } from "react-router"

/**
 * Cache policies, one per kind of page. Pieces are mostly one of a kind and makers edit them during
 * the exhibition, so what lists or sells pieces (catalogue, search, product, maker and exhibition
 * pages) is shared for seconds, not minutes: a new, edited or sold piece shows within seconds, while
 * a burst of visitors is still answered from the shared copy (the page cache, decision 006, or a
 * CDN). The browser keeps nothing of those (max-age=0): a shopper's own reload must see "sold".
 * Anything personal is never stored.
 */
export const CACHE_CONTROL = {
  catalogue: "public, max-age=0, s-maxage=5, stale-while-revalidate=60",
  page: "public, max-age=0, s-maxage=10, stale-while-revalidate=300",
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
