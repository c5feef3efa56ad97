import { Link, isRouteErrorResponse, useLocation, useRouteError } from "react-router"
import { useI18n } from "~/lib/i18n"

/**
 * The one error view of the store, used by the root and every data route's ErrorBoundary: a
 * friendly message per status in the page's language, a retry for a backend that is down, and
 * never a stack trace.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const { t, path } = useI18n()
  const location = useLocation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const backendDown = isRouteErrorResponse(error) && status === 503
  if (!isRouteErrorResponse(error)) console.error(error)
  const [title, message] =
    status === 404
      ? [t.errors.notFoundTitle, t.errors.notFound]
      : backendDown
        ? [t.errors.backendDownTitle, t.errors.backendDown]
        : status === 400
          ? [t.errors.badRequestTitle, t.errors.badRequest]
          : [t.errors.errorTitle, t.errors.error]
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="font-serif text-5xl text-soga">{status}</p>
      <h1 id="error-title" className="mt-4 font-serif text-2xl font-semibold text-nila">
        {title}
      </h1>
      <p className="mt-3 text-stone-700">{message}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {backendDown || status >= 500 ? (
          // A plain link reloads the page, so retrying works before and without JavaScript.
          <a
            href={location.pathname + location.search}
            className="rounded-lg bg-nila px-4 py-2 font-semibold text-white hover:bg-nila-soft"
          >
            {t.errors.retry}
          </a>
        ) : null}
        <Link to={path("home")} className="rounded-lg px-4 py-2 font-semibold text-nila ring-1 ring-nila/40 hover:bg-white">
          {t.errors.home}
        </Link>
      </div>
    </section>
  )
}
