import type { MiddlewareFunction } from "react-router"
import { env } from "./env.server"

/**
 * What a CDN in front of the storefront would do, inside the server process: a whole response to an
 * anonymous GET is kept as long as its own `Cache-Control` lets a shared cache keep it (`s-maxage`),
 * then served stale for `stale-while-revalidate` while one refresh renders it again. Only responses
 * that say `public` with an `s-maxage`, carry no `Set-Cookie` and vary on nothing but the encoding
 * are kept; a request with a cookie or an authorization (cart, shopper or maker portal session) is
 * never answered from it nor stored. The key is the path and query, which carry the language
 * (`/en/...`), so each language has its own entry. Decision 006.
 */
export type HtmlCacheOptions = {
  /** Total bytes of bodies kept; the least recently used entries go first. */
  maxBytes?: number
  maxEntries?: number
  now?: () => number
}

type Entry = {
  status: number
  headers: [string, string][]
  body: Uint8Array
  storedAt: number
  freshMs: number
  staleMs: number
  refreshing: boolean
}

/** The response's shared-cache lifetimes, or null when a shared cache must not keep it. */
export function sharedLifetimes(response: Response): { freshMs: number; staleMs: number } | null {
  if (response.status !== 200 || response.headers.has("set-cookie")) return null
  // Pages only: a data response under the same URL must never be kept in its place.
  if (!response.headers.get("content-type")?.startsWith("text/html")) return null
  const vary = response.headers.get("vary")
  if (vary && vary.split(",").some((v) => !["accept-encoding", ""].includes(v.trim().toLowerCase()))) return null
  const directives = new Map(
    (response.headers.get("cache-control") ?? "")
      .toLowerCase()
      .split(",")
      .map((d) => d.trim().split("=") as [string, string | undefined])
  )
  if (!directives.has("public") || ["private", "no-store", "no-cache"].some((d) => directives.has(d))) return null
  const seconds = (name: string) => {
    const value = Number(directives.get(name))
    return Number.isFinite(value) && value > 0 ? value * 1000 : 0
  }
  const freshMs = seconds("s-maxage")
  return freshMs ? { freshMs, staleMs: seconds("stale-while-revalidate") } : null
}

/**
 * Whether the request is an anonymous page load that may be answered from, and stored in, the cache.
 * React Router hands middleware a client navigation's data request (`/katalog.data?...`) under the
 * page's own URL, so the two are told apart by what they accept: a browser loading a page asks for
 * `text/html`; React Router's `fetch` accepts any type. A client that sends no Accept at all (a CDN
 * check, a load generator) is taken as loading the page.
 */
function isSharable(request: Request): boolean {
  const accept = request.headers.get("accept")
  return (
    request.method === "GET" &&
    !request.headers.has("cookie") &&
    !request.headers.has("authorization") &&
    (accept === null || accept.includes("text/html"))
  )
}

export function createHtmlCache({ maxBytes = 48 * 1024 * 1024, maxEntries = 2_000, now = Date.now }: HtmlCacheOptions = {}) {
  const entries = new Map<string, Entry>()
  let bytes = 0

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.byteLength
    entries.delete(key)
  }

  const store = (key: string, entry: Entry) => {
    remove(key)
    // One huge page must not push out everything else.
    if (entry.body.byteLength > maxBytes / 4) return
    while (entries.size >= maxEntries || bytes + entry.body.byteLength > maxBytes) {
      remove(entries.keys().next().value as string)
    }
    entries.set(key, entry)
    bytes += entry.body.byteLength
  }

  /** Keeps a copy of a cacheable response while the original streams to the client unchanged. */
  const keep = (key: string, response: Response): Response => {
    const lifetimes = sharedLifetimes(response)
    if (!lifetimes || !response.body) return response
    const [toClient, toCache] = response.body.tee()
    const storedAt = now()
    const headers = [...response.headers].filter(([name]) => name !== "content-length")
    new Response(toCache)
      .arrayBuffer()
      .then((buffer) => store(key, { status: response.status, headers, body: new Uint8Array(buffer), storedAt, ...lifetimes, refreshing: false }))
      .catch(() => {
        // The render failed part-way (a closed connection, a crash): nothing is kept.
      })
    const served = new Response(toClient, { status: response.status, statusText: response.statusText, headers: response.headers })
    served.headers.set("X-Cache", "MISS")
    return served
  }

  const serve = (entry: Entry, age: number, state: "HIT" | "STALE") => {
    const headers = new Headers(entry.headers)
    headers.set("Age", String(Math.floor(age / 1000)))
    headers.set("X-Cache", state)
    return new Response(entry.body.slice(), { status: entry.status, headers })
  }

  return {
    /**
     * Answers `request` from the cache when it may, else with `render()` (whose cacheable answer is
     * kept). A stale entry is served while one background `render()` replaces it.
     */
    async handle(request: Request, render: () => Promise<Response>): Promise<Response> {
      if (!isSharable(request)) return await render()
      const url = new URL(request.url)
      const key = url.pathname + url.search
      const entry = entries.get(key)
      if (entry) {
        const age = now() - entry.storedAt
        if (age < entry.freshMs) {
          // Most recently used last, so eviction takes the coldest page.
          entries.delete(key)
          entries.set(key, entry)
          return serve(entry, age, "HIT")
        }
        if (age < entry.freshMs + entry.staleMs) {
          if (!entry.refreshing) {
            entry.refreshing = true
            render()
              .then((response) => {
                const kept = keep(key, response)
                // Not cacheable any more (an error, now private): stop serving the stale copy.
                if (kept === response) remove(key)
                return kept.body?.cancel()
              })
              .catch(() => (entry.refreshing = false))
          }
          return serve(entry, age, "STALE")
        }
        remove(key)
      }
      return keep(key, await render())
    },
    /** Drops the kept page of a path (e.g. a product whose last piece was just sold). */
    forget(path: string) {
      remove(path)
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return bytes
    },
  }
}

/** Off in development (pages change with every edit) and with `STOREFRONT_HTML_CACHE=off`. */
const enabled = env.NODE_ENV === "production" && env.STOREFRONT_HTML_CACHE === "on"
const shared = createHtmlCache()

/** Drops the kept pages of these paths, so the next visitor gets them rendered afresh. */
export function forgetPages(paths: string[]): void {
  for (const path of paths) shared.forget(path)
}

/** The root route's middleware: every page, in both languages, goes through the shared cache. */
export const htmlCacheMiddleware: MiddlewareFunction<Response> = ({ request }, next) =>
  enabled ? shared.handle(request, next) : next()
