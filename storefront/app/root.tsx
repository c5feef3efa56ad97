import { data, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useMatches } from "react-router"
import type { Route } from "./+types/root"
import stylesheet from "./app.css?url"
import { GeneralErrorBoundary } from "./components/error-page"
import { SiteFooter, SiteHeader } from "./components/site-chrome"
import { cacheHeaders } from "./lib/cache"
import { cartCountFrom } from "./lib/cart-cookie.server"
import { env } from "./lib/env.server"
import { htmlCacheMiddleware } from "./lib/html-cache.server"
import { useI18n } from "./lib/i18n"
import { langFromPath } from "./lib/paths"

/** Anonymous visits to public pages are answered from the in-process shared cache (decision 006). */
export const middleware: Route.MiddlewareFunction[] = [htmlCacheMiddleware]

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

/**
 * Only public values reach the browser: the base URL for canonical links, and the header's cart
 * count. The count is looked up only for a request that carries a cart cookie, and that response
 * is then private: shared-cached pages never hold someone else's count (decision 004).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const cartCount = await cartCountFrom(request)
  return data(
    { baseUrl: env.PUBLIC_BASE_URL, cartCount },
    cartCount === null ? undefined : { headers: cacheHeaders("private") }
  )
}

/** Passes the private marking on to the page routes (cache.ts `routeHeaders`). */
export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

/** A route sets `handle = { hydrate: false }` when its page needs no JavaScript of its own. */
export type RouteHandle = { hydrate?: boolean }

export function Layout({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation()
  const { t } = useI18n()
  const hydrate = useMatches().every((m) => (m.handle as RouteHandle | undefined)?.hydrate !== false)
  return (
    <html lang={langFromPath(pathname)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f2d4f" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-nila"
        >
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
        {hydrate ? (
          <>
            <ScrollRestoration />
            <Scripts />
          </>
        ) : null}
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export const ErrorBoundary = GeneralErrorBoundary
