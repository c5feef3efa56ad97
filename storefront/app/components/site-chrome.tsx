import { Link, NavLink, useLocation, useRouteLoaderData } from "react-router"
import { useI18n } from "~/lib/i18n"
import { switchLanguagePath } from "~/lib/paths"
import { SearchBox } from "./search-box"

/** Header with the store's name, navigation, search and the language switch that stays on the page. */
export function SiteHeader() {
  const { t, lang, path } = useI18n()
  const location = useLocation()
  // Present only when the request carried a cart cookie (root loader); otherwise a plain link.
  const cartCount = (useRouteLoaderData("root") as { cartCount?: number | null } | undefined)?.cartCount ?? 0
  const other = lang === "id" ? "en" : "id"
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `rounded px-2 py-1 hover:underline ${isActive ? "underline decoration-2 underline-offset-4" : ""}`
  return (
    <header className="kawung text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
        <Link to={path("home")} className="mr-auto flex flex-col leading-tight">
          <span className="font-serif text-2xl font-bold tracking-wide">{t.siteName}</span>
          <span className="text-xs text-white/90">{t.tagline}</span>
        </Link>
        <nav aria-label={t.nav.home === "Home" ? "Main" : "Utama"} className="flex items-center gap-2 text-sm font-medium">
          <NavLink to={path("catalogue")} className={navClass}>
            {t.nav.catalogue}
          </NavLink>
          <NavLink to={path("makers")} className={navClass} end>
            {t.nav.makers}
          </NavLink>
          <NavLink to={path("cart")} className={navClass} end>
            {t.cart.link(cartCount)}
          </NavLink>
          {/* The same words for everyone: catalogue pages are shared-cached, so no name or login state here. */}
          <NavLink to={path("account")} className={navClass}>
            {t.account.link}
          </NavLink>
          <a
            href={switchLanguagePath(location.pathname, location.search, other)}
            hrefLang={other}
            lang={other}
            aria-label={t.languageSwitchLabel}
            className="rounded border border-white/60 px-2 py-1 hover:bg-white/10"
          >
            {t.languageSwitch}
          </a>
        </nav>
        <div className="w-full md:w-80">
          <SearchBox id="site-search" />
        </div>
      </div>
    </header>
  )
}

/** Footer naming the organiser. */
export function SiteFooter() {
  const { t } = useI18n()
  return (
    <footer className="mt-16 border-t border-stone-300 bg-malam">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-800">
        <p>{t.footer}</p>
      </div>
    </footer>
  )
}
