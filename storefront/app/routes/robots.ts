import { env } from "~/lib/env.server"
import { CACHE_CONTROL } from "~/lib/cache"

/** robots.txt: everything public may be crawled except the internal suggestion API and search results. */
export function loader() {
  const body = ["User-agent: *", "Disallow: /api/", "Disallow: /cari", "Disallow: /en/search", "", `Sitemap: ${env.PUBLIC_BASE_URL}/sitemap.xml`, ""].join("\n")
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_CONTROL.static } })
}
