import type { MetaDescriptor } from "react-router"
import { type Lang, alternatePaths, langFromPath } from "./paths"

export interface PageMetaInput {
  title: string
  description: string
  /** PUBLIC_BASE_URL, from the root loader. */
  baseUrl: string
  pathname: string
  /** Canonical query string (e.g. a catalogue page); empty for plain pages. */
  search?: string
  image?: string | null
  type?: "website" | "product" | "profile"
  jsonLd?: Record<string, unknown> | Record<string, unknown>[]
  noindex?: boolean
}

const OG_LOCALE: Record<Lang, string> = { id: "id_ID", en: "en_GB" }

/**
 * Title, description, canonical URL, hreflang alternates for both languages, Open Graph tags and
 * JSON-LD for a page: every route's `meta` goes through this one function.
 */
export function pageMeta(input: PageMetaInput): MetaDescriptor[] {
  const lang = langFromPath(input.pathname)
  const url = `${input.baseUrl}${input.pathname}${input.search ?? ""}`
  const alternates = alternatePaths(input.pathname)
  const image = input.image
    ? input.image.startsWith("http")
      ? input.image
      : `${input.baseUrl}${input.image}`
    : `${input.baseUrl}/og-default.png`
  const meta: MetaDescriptor[] = [
    { title: input.title },
    { name: "description", content: input.description },
    { tagName: "link", rel: "canonical", href: url },
    { tagName: "link", rel: "alternate", hrefLang: "id", href: `${input.baseUrl}${alternates.id}${input.search ?? ""}` },
    { tagName: "link", rel: "alternate", hrefLang: "en", href: `${input.baseUrl}${alternates.en}${input.search ?? ""}` },
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: `${input.baseUrl}${alternates.id}${input.search ?? ""}` },
    { property: "og:site_name", content: "Gelar" },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:url", content: url },
    { property: "og:image", content: image },
    { property: "og:locale", content: OG_LOCALE[lang] },
    { name: "twitter:card", content: "summary_large_image" },
  ]
  if (input.noindex) meta.push({ name: "robots", content: "noindex" })
  for (const ld of [input.jsonLd ?? []].flat()) meta.push({ "script:ld+json": ld })
  return meta
}

/** The public base URL that the root loader hands to every page's `meta`. */
export function baseUrlFrom(matches: ReadonlyArray<{ id: string; data?: unknown } | undefined>): string {
  const root = matches.find((m) => m?.id === "root")?.data as { baseUrl?: string } | undefined
  return root?.baseUrl ?? ""
}
