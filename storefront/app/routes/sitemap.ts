import { CACHE_CONTROL } from "~/lib/cache"
import { env } from "~/lib/env.server"
import { listExhibitionHandles } from "~/lib/medusa/exhibitions.server"
import { listAllMakerHandles } from "~/lib/medusa/makers.server"
import { listAllProductHandles } from "~/lib/medusa/products.server"
import { LANGS, type PageKey, localePath } from "~/lib/paths"

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** One <url> per page, listing both languages as alternates of each other. */
function entry(page: PageKey, params: Record<string, string> = {}, lastmod?: string | null): string {
  const links = LANGS.map(
    (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(env.PUBLIC_BASE_URL + localePath(l, page, params))}"/>`
  ).join("")
  return LANGS.map(
    (l) =>
      `<url><loc>${escapeXml(env.PUBLIC_BASE_URL + localePath(l, page, params))}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ""}${links}</url>`
  ).join("\n")
}

/** sitemap.xml: home, catalogue, makers, exhibitions and every product, in both languages. */
export async function loader() {
  const [products, makers, exhibitions] = await Promise.all([
    listAllProductHandles(),
    listAllMakerHandles(),
    listExhibitionHandles(),
  ])
  const urls = [
    entry("home"),
    entry("catalogue"),
    entry("makers"),
    ...exhibitions.map((handle) => entry("exhibition", { handle })),
    ...makers.map((handle) => entry("maker", { handle })),
    ...products.map((p) => entry("product", { handle: p.handle }, p.updated_at)),
  ]
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": CACHE_CONTROL.page },
  })
}
