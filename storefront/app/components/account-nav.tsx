import { Form, NavLink } from "react-router"
import { useI18n } from "~/lib/i18n"

/** The account pages' menu: orders, saved addresses, and logging out (a POST form, no script needed). */
export function AccountNav() {
  const { t, path } = useI18n()
  const a = t.account
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    `rounded px-3 py-1 ${isActive ? "bg-nila text-white" : "text-nila ring-1 ring-nila/40 hover:bg-white"}`
  return (
    <nav aria-label={a.nav} className="flex flex-wrap items-center gap-2">
      <NavLink to={path("account")} end className={linkClass}>
        {a.orders}
      </NavLink>
      <NavLink to={path("accountAddresses")} className={linkClass}>
        {a.addresses}
      </NavLink>
      <Form method="post" action={path("logout")} className="ml-auto">
        <button type="submit" className="rounded px-3 py-1 text-red-800 ring-1 ring-red-800/50 hover:bg-white">
          {a.logout}
        </button>
      </Form>
    </nav>
  )
}
