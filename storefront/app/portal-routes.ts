import { layout, route, type RouteConfigEntry } from "@react-router/dev/routes"
import { LANGS } from "./lib/paths"
import { PORTAL_PAGES, type PortalPage } from "./lib/portal-paths"

const page = (lang: (typeof LANGS)[number], key: PortalPage, file: string) =>
  route(lang === "id" ? PORTAL_PAGES[key][lang] : `en/${PORTAL_PAGES[key][lang]}`, `routes/portal/${file}`, {
    id: `${lang}:portal-${key}`,
  })

/**
 * The maker portal in both languages. The outer layout refuses cross-site posts and marks every
 * response private and noindex; the inner one admits only a signed-in maker.
 */
export const portalRoutes: RouteConfigEntry[] = LANGS.map((lang) =>
  layout("routes/portal/layout.tsx", { id: `${lang}:portal` }, [
    page(lang, "signIn", "sign-in.tsx"),
    page(lang, "signOut", "sign-out.tsx"),
    page(lang, "forgot", "forgot-password.tsx"),
    page(lang, "reset", "reset-password.tsx"),
    page(lang, "invite", "invite.tsx"),
    layout("routes/portal/signed-in.tsx", { id: `${lang}:portal-signed-in` }, [
      page(lang, "dashboard", "dashboard.tsx"),
      page(lang, "products", "products.tsx"),
      page(lang, "newProduct", "product-editor.tsx"),
      page(lang, "product", "product-editor.tsx"),
      page(lang, "orders", "orders.tsx"),
      page(lang, "order", "order.tsx"),
      page(lang, "profile", "profile.tsx"),
    ]),
  ])
)
