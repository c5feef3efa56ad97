import { env } from "~/lib/env.server"
import { parseCatalogueParams } from "~/lib/facets"
import { searchProducts } from "~/lib/medusa/search.server"
import { type Lang, localePath } from "~/lib/paths"
import type { Maker, ProductCard } from "~/lib/types"

/** The maker's products from the search index (first 48); none while search is unavailable. */
export async function makerProducts(handle: string): Promise<ProductCard[]> {
  try {
    const page = await searchProducts(parseCatalogueParams(new URLSearchParams({ maker: handle })), {
      take: 48,
      facets: false,
    })
    return page?.cards ?? []
  } catch {
    return []
  }
}

/** schema.org `Organization` for a maker: a business with its contact and address. */
export function makerJsonLd(m: Maker, lang: Lang): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: m.name,
    url: env.PUBLIC_BASE_URL + localePath(lang, "maker", { handle: m.handle }),
    logo: m.logo_url ?? undefined,
    image: m.photos?.[0] ?? undefined,
    description: (lang === "id" ? m.story_id : m.story_en) ?? undefined,
    foundingDate: m.founded_year ? String(m.founded_year) : undefined,
    email: m.email ?? undefined,
    telephone: m.phone ?? undefined,
    address: {
      "@type": "PostalAddress",
      streetAddress: m.pickup_address ?? undefined,
      addressLocality: m.district ? `${m.district}, Semarang` : "Semarang",
      addressRegion: "Jawa Tengah",
      addressCountry: "ID",
    },
  }
}
