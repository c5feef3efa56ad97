/** The two languages of the store: Indonesian at `/`, English under `/en`. */
export const LANGS = ["id", "en"] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = "id"

/**
 * Every page and its path in each language. routes.ts builds the route table from it and the
 * language switch maps one path onto the other with it, so the two never drift apart.
 */
export const PAGES = {
  home: { id: "", en: "" },
  catalogue: { id: "katalog", en: "catalogue" },
  search: { id: "cari", en: "search" },
  product: { id: "produk/:handle", en: "products/:handle" },
  makers: { id: "perajin", en: "makers" },
  maker: { id: "perajin/:handle", en: "makers/:handle" },
  exhibition: { id: "pameran/:handle", en: "exhibitions/:handle" },
  cart: { id: "keranjang", en: "cart" },
  login: { id: "masuk", en: "login" },
  register: { id: "daftar", en: "register" },
  logout: { id: "keluar", en: "logout" },
  account: { id: "akun", en: "account" },
  accountAddresses: { id: "akun/alamat", en: "account/addresses" },
  // The backend's email links here (`sendGuestOrdersLinkWorkflow`): keep both in step.
  accountGuestOrders: { id: "akun/pesanan-tamu", en: "account/guest-orders" },
  checkout: { id: "pembayaran", en: "checkout" },
  checkoutReturn: { id: "pembayaran/kembali", en: "checkout/return" },
  order: { id: "pesanan/:id", en: "orders/:id" },
  orderLookup: { id: "lacak-pesanan", en: "track-order" },
} as const satisfies Record<string, Record<Lang, string>>

export type PageKey = keyof typeof PAGES

/** The language a path belongs to: English when its first segment is `en`. */
export function langFromPath(pathname: string): Lang {
  return /^\/en(\/|$)/.test(pathname) ? "en" : "id"
}

/** A table of pages and their path pattern in each language, like PAGES (the maker portal has its own). */
export type PageTable = Record<string, Record<Lang, string>>

/** Builds the path of a page of a table in a language, filling its `:name` segments from params. */
export function tablePath<T extends PageTable>(
  table: T,
  lang: Lang,
  page: keyof T & string,
  params: Record<string, string> = {}
): string {
  const pattern = table[page][lang].replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`path of ${page} needs the parameter ${name}`)
    return encodeURIComponent(value)
  })
  const prefix = lang === DEFAULT_LANG ? "" : `/${lang}`
  return `${prefix}/${pattern}`.replace(/\/$/, "") || "/"
}

/** Builds the path of a page in a language, e.g. `localePath("en", "product", { handle: "x" })` = `/en/products/x`. */
export function localePath(lang: Lang, page: PageKey, params: Record<string, string> = {}): string {
  return tablePath(PAGES, lang, page, params)
}

/**
 * The first page of a table (in its order) whose pattern in a language matches a path, with the
 * parameters read from it; `rest` is the path without its `/en` prefix.
 */
export function matchTablePage<T extends PageTable>(
  table: T,
  lang: Lang,
  rest: string
): { page: keyof T & string; params: Record<string, string> } | null {
  const segments = rest.split("/").filter(Boolean)
  for (const page of Object.keys(table) as (keyof T & string)[]) {
    const pattern = table[page][lang].split("/").filter(Boolean)
    if (pattern.length !== segments.length) continue
    const params: Record<string, string> = {}
    const ok = pattern.every((part, i) => {
      if (part.startsWith(":")) {
        params[part.slice(1)] = decodeURIComponent(segments[i])
        return true
      }
      return part === segments[i]
    })
    if (ok) return { page, params }
  }
  return null
}

/**
 * The same page in the other language, keeping the query string: `/produk/x?y=1` <-> `/en/products/x?y=1`.
 * A path that is no page of the store leads to the home page of the target language.
 */
export function switchLanguagePath(pathname: string, search: string, to: Lang): string {
  const from = langFromPath(pathname)
  const rest = from === DEFAULT_LANG ? pathname : pathname.replace(/^\/en/, "")
  const match = matchTablePage(PAGES, from, rest)
  if (!match) return localePath(to, "home")
  return localePath(to, match.page, match.params) + search
}

/** The path of the same page in every language, for hreflang alternates. */
export function alternatePaths(pathname: string): Record<Lang, string> {
  return { id: switchLanguagePath(pathname, "", "id"), en: switchLanguagePath(pathname, "", "en") }
}
