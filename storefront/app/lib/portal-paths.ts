import { DEFAULT_LANG, type Lang } from "./paths"

/**
 * The maker portal's pages and their paths in each language, beside the shop's PAGES: the portal has
 * its own route tree (portal-routes.ts) and its own navigation. `reset` and `invite` are the paths the
 * backend's e-mails link to (decision 005), so they are the same in both languages.
 */
export const PORTAL_PAGES = {
  dashboard: { id: "portal", en: "portal" },
  signIn: { id: "portal/masuk", en: "portal/sign-in" },
  signOut: { id: "portal/keluar", en: "portal/sign-out" },
  forgot: { id: "portal/lupa-sandi", en: "portal/forgot-password" },
  reset: { id: "portal/reset-password", en: "portal/reset-password" },
  invite: { id: "portal/invite", en: "portal/invite" },
  products: { id: "portal/produk", en: "portal/products" },
  newProduct: { id: "portal/produk/baru", en: "portal/products/new" },
  product: { id: "portal/produk/:id", en: "portal/products/:id" },
  orders: { id: "portal/pesanan", en: "portal/orders" },
  order: { id: "portal/pesanan/:id", en: "portal/orders/:id" },
} as const satisfies Record<string, Record<Lang, string>>

export type PortalPage = keyof typeof PORTAL_PAGES

/** The path of a portal page in a language, e.g. `portalPath("en", "order", { id: "mko_1" })` = `/en/portal/orders/mko_1`. */
export function portalPath(lang: Lang, page: PortalPage, params: Record<string, string> = {}): string {
  const pattern = PORTAL_PAGES[page][lang].replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`portalPath(${page}) needs the parameter ${name}`)
    return encodeURIComponent(value)
  })
  return lang === DEFAULT_LANG ? `/${pattern}` : `/${lang}/${pattern}`
}

/** The same portal page in the other language (the shop's language switch knows only the shop's pages). */
export function switchPortalPath(pathname: string, to: Lang): string {
  const from: Lang = /^\/en(\/|$)/.test(pathname) ? "en" : "id"
  const rest = (from === DEFAULT_LANG ? pathname : pathname.replace(/^\/en/, "")).replace(/^\//, "").replace(/\/$/, "")
  const segments = rest.split("/")
  for (const page of Object.keys(PORTAL_PAGES) as PortalPage[]) {
    const pattern = PORTAL_PAGES[page][from].split("/")
    if (pattern.length !== segments.length) continue
    const params: Record<string, string> = {}
    const same = pattern.every((part, i) => {
      if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(segments[i])
      return part.startsWith(":") || part === segments[i]
    })
    // PORTAL_PAGES lists `newProduct` before `product`, so "baru"/"new" is never read as an id.
    if (same) return portalPath(to, page, params)
  }
  return portalPath(to, "dashboard")
}
