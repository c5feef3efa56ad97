import { isRouteErrorResponse, Outlet, useLocation, useRouteError } from "react-router"
import { GeneralErrorBoundary } from "~/components/error-page"
import { usePortalI18n } from "~/lib/portal-i18n"
import { switchPortalPath } from "~/lib/portal-paths"
import { portalGuard } from "~/lib/portal-session.server"
import type { Route } from "./+types/layout"

// Every portal request passes here: cross-site posts are refused, responses are private and noindex.
export const middleware: Route.MiddlewareFunction[] = [portalGuard]

export default function PortalLayout() {
  const { t, lang } = usePortalI18n()
  const { pathname } = useLocation()
  const other = lang === "id" ? "en" : "id"
  return (
    <div className="mx-auto w-full max-w-3xl space-y-4">
      <p className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-semibold text-nila">{t.portal}</span>
        {/* The shop's language switch knows only the shop's pages; this one stays on the portal page. */}
        <a href={switchPortalPath(pathname, other)} hrefLang={other} lang={other} aria-label={t.languageSwitchLabel} className="text-nila underline">
          {t.languageSwitch}
        </a>
      </p>
      <Outlet />
    </div>
  )
}

/** A refused cross-site post says why; anything else is the store's usual error page. */
export function ErrorBoundary() {
  const error = useRouteError()
  const { t } = usePortalI18n()
  // Portal routes answer 403 only to a cross-site post (a 403 from the backend signs the maker out instead).
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <section aria-labelledby="error-title" className="mx-auto max-w-xl py-16 text-center">
        <p className="font-serif text-5xl text-soga">403</p>
        <h1 id="error-title" className="mt-4 font-serif text-2xl font-semibold text-nila">
          {t.portal}
        </h1>
        <p className="mt-3 text-stone-700">{t.crossSite}</p>
      </section>
    )
  }
  return <GeneralErrorBoundary />
}
