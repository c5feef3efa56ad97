import { Form, NavLink, Outlet } from "react-router"
import { getMe } from "~/lib/medusa/portal.server"
import { usePortalI18n } from "~/lib/portal-i18n"
import { withMaker } from "~/lib/portal-session.server"
import type { Route } from "./+types/signed-in"

/** Every signed-in page asks the backend who the maker is: a suspended maker is signed out at the next click. */
export async function loader({ request }: Route.LoaderArgs) {
  const me = await withMaker(request, getMe)
  return { user: { name: me.user.name }, maker: { name: me.maker.name, handle: me.maker.handle } }
}

export default function SignedIn({ loaderData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  const tab = ({ isActive }: { isActive: boolean }) =>
    `rounded-lg px-3 py-2 font-semibold ${isActive ? "bg-nila text-white" : "text-nila ring-1 ring-nila/40"}`
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-700">
        <p>{t.signedInAs(loaderData.user.name, loaderData.maker.name)}</p>
        <Form method="post" action={path("signOut")}>
          <button type="submit" className="rounded-lg px-3 py-1 text-nila ring-1 ring-nila/40">
            {t.nav.signOut}
          </button>
        </Form>
      </div>
      <nav aria-label={t.nav.label} className="flex flex-wrap gap-2">
        <NavLink to={path("dashboard")} end className={tab}>
          {t.nav.dashboard}
        </NavLink>
        <NavLink to={path("products")} className={tab}>
          {t.nav.products}
        </NavLink>
        <NavLink to={path("orders")} className={tab}>
          {t.nav.orders}
        </NavLink>
        <NavLink to={path("profile")} className={tab}>
          {t.nav.profile}
        </NavLink>
      </nav>
      <Outlet />
    </div>
  )
}
