import { Form, Link } from "react-router"
import { z } from "zod"
import { Price } from "~/components/price"
import { BUTTON_SECONDARY } from "~/components/portal/field"
import { listOwnOrders } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { usePortalI18n } from "~/lib/portal-i18n"
import { withMaker } from "~/lib/portal-session.server"
import type { Route } from "./+types/orders"

const ORDER_STATUSES = ["new", "packed", "shipped", "ready_for_pickup"] as const

export async function loader({ request }: Route.LoaderArgs) {
  // An unknown status in the address shows every order rather than an error page.
  const status = z.enum(ORDER_STATUSES).safeParse(new URL(request.url).searchParams.get("status")).data
  const { orders, count } = await withMaker(request, (token) => listOwnOrders(token, { status, limit: 50 }))
  return {
    status: status ?? "",
    count,
    orders: orders.map((o) => ({
      id: o.id,
      number: o.order_display_id,
      placed: o.created_at,
      status: o.status,
      total: o.total,
      items: o.items.reduce((n, i) => n + i.quantity, 0),
      delivery: o.delivery,
    })),
  }
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Orders — Gelar Maker Portal" : "Pesanan — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t, lang, path } = usePortalI18n()
  const date = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" })
  return (
    <div className="space-y-5">
      <h1 id="orders-title" className="font-serif text-3xl font-semibold text-nila">
        {t.orders.title}
      </h1>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-semibold">
          {t.orders.filter}
          <select name="status" defaultValue={loaderData.status} className="rounded-lg border border-stone-500 bg-white px-3 py-2">
            <option value="">{t.orders.all}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.orders.status[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={BUTTON_SECONDARY}>
          {t.orders.filter}
        </button>
      </Form>
      {loaderData.orders.length === 0 ? (
        <p>{t.orders.empty}</p>
      ) : (
        <ul aria-labelledby="orders-title" className="divide-y divide-stone-300 rounded-xl bg-white ring-1 ring-stone-200">
          {loaderData.orders.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="flex flex-col">
                <Link to={path("order", { id: o.id })} className="font-semibold text-nila underline">
                  {t.orders.number(o.number)}
                </Link>
                <span className="text-sm text-stone-700">
                  {date.format(new Date(o.placed))} · {t.orders.items(o.items)} · {o.delivery}
                </span>
              </div>
              <span className="rounded-full bg-malam px-2 py-0.5 text-sm font-semibold text-soga-dark">{t.orders.status[o.status]}</span>
              <Price amount={o.total} className="font-semibold" />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
