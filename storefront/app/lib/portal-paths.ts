import { DEFAULT_LANG, type Lang, langFromPath, matchTablePage, tablePath } from "./paths"

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
  profile: { id: "portal/profil", en: "portal/profile" },
} as const satisfies Record<string, Record<Lang, string>>

export type PortalPage = keyof typeof PORTAL_PAGES

/** The path of a portal page in a language, e.g. `portalPath("en", "order", { id: "mko_1" })` = `/en/portal/orders/mko_1`. */
export function portalPath(lang: Lang, page: PortalPage, params: Record<string, string> = {}): string {
  return tablePath(PORTAL_PAGES, lang, page, params)
}

/**
 * The same portal page in the other language (the shop's language switch knows only the shop's pages).
 * PORTAL_PAGES lists `newProduct` before `product`, so "baru"/"new" is never read as an id.
 */
export function switchPortalPath(pathname: string, to: Lang): string {
  const from = langFromPath(pathname)
  const match = matchTablePage(PORTAL_PAGES, from, from === DEFAULT_LANG ? pathname : pathname.replace(/^\/en/, ""))
  return match ? portalPath(to, match.page, match.params) : portalPath(to, "dashboard")
}
