import { data, Link } from "react-router"
import { AccountNav } from "~/components/account-nav"
import { GeneralErrorBoundary } from "~/components/error-page"
import { Price } from "~/components/price"
import { routeHeaders } from "~/lib/cache"
import { privateMeta } from "~/lib/private-meta"
import { dictionary, localeOf, useI18n } from "~/lib/i18n"
import { listOrders } from "~/lib/medusa/customer.server"
import { langFromPath } from "~/lib/paths"
import type { Route } from "./+types/account"
import { orderStatusKey, PRIVATE, requireCustomer } from "./account.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const { token, customer } = await requireCustomer(request)
  const orders = await listOrders(token)
  const added = new URL(request.url).searchParams.get("guest_orders")
  return data(
    {
      name: customer.first_name || customer.email,
      guestOrdersAdded: added && /^\d+$/.test(added) ? Number(added) : null,
      orders: orders.map((o) => ({
        id: o.id,
        number: String(o.display_id ?? o.id),
        createdAt: String(o.created_at),
        total: o.total ?? 0,
        status: orderStatusKey(o),
      })),
    },
    { headers: PRIVATE }
  )
}

export const meta: Route.MetaFunction = ({ location }) => privateMeta(location.pathname, (t) => t.account.title)

export default function AccountPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, path } = useI18n()
  const a = t.account
  const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeZone: "Asia/Jakarta" })
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{a.title}</h1>
      <p>{a.hello(loaderData.name)}</p>
      <AccountNav />
      {loaderData.guestOrdersAdded !== null ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 ring-1 ring-green-300">
          {a.guestOrdersAdded(loaderData.guestOrdersAdded)}
        </p>
      ) : null}
      <section aria-labelledby="orders-title" className="space-y-3">
        <h2 id="orders-title" className="font-serif text-2xl font-semibold text-nila">
          {a.orders}
        </h2>
        {loaderData.orders.length === 0 ? (
          <p>
            {a.noOrders}{" "}
            <Link to={path("catalogue")} className="underline">
              {t.cart.browse}
            </Link>
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-stone-400">
                  <th scope="col" className="py-2 pr-4">{a.orderNumber}</th>
                  <th scope="col" className="py-2 pr-4">{a.date}</th>
                  <th scope="col" className="py-2 pr-4 text-right">{a.total}</th>
                  <th scope="col" className="py-2">{a.status}</th>
                </tr>
              </thead>
              <tbody>
                {loaderData.orders.map((o) => (
                  <tr key={o.id} className="border-b border-stone-300">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      <Link to={path("order", { id: o.id })} aria-label={a.viewOrder(o.number)} className="underline">
                        #{o.number}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">{date.format(new Date(o.createdAt))}</td>
                    <td className="py-2 pr-4 text-right">
                      <Price amount={o.total} />
                    </td>
                    <td className="py-2">{a.orderStatus[o.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm text-stone-700">{a.guestOrdersHint}</p>
      </section>
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
