import { type RouteConfig, route } from "@react-router/dev/routes"
import { LANGS, PAGES, type PageKey } from "./lib/paths"
import { portalRoutes } from "./portal-routes"

const FILES: Record<PageKey, string> = {
  home: "routes/home.tsx",
  catalogue: "routes/catalogue.tsx",
  search: "routes/search.tsx",
  product: "routes/product.tsx",
  makers: "routes/makers.tsx",
  maker: "routes/maker.tsx",
  exhibition: "routes/exhibition.tsx",
  cart: "routes/cart.tsx",
  login: "routes/login.tsx",
  register: "routes/register.tsx",
  logout: "routes/logout.ts",
  account: "routes/account.tsx",
  accountAddresses: "routes/account-addresses.tsx",
  accountGuestOrders: "routes/account-guest-orders.tsx",
  checkout: "routes/checkout.tsx",
  checkoutReturn: "routes/checkout-return.ts",
  order: "routes/order.tsx",
  orderLookup: "routes/order-lookup.tsx",
}

// Each page module serves both languages; the route id carries the language so both can coexist.
const pages = LANGS.flatMap((lang) =>
  (Object.keys(PAGES) as PageKey[]).map((page) => {
    const path = PAGES[page][lang]
    const full = lang === "id" ? path : path ? `en/${path}` : "en"
    return route(full || "/", FILES[page], { id: `${lang}:${page}` })
  })
)

export default [
  ...pages,
  ...portalRoutes,
  route("robots.txt", "routes/robots.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
  route("api/suggest", "routes/api.suggest.ts"),
  route("en/*", "routes/not-found.tsx", { id: "en:not-found" }),
  route("*", "routes/not-found.tsx", { id: "id:not-found" }),
] satisfies RouteConfig
