import type { ReactNode } from "react"
import { Link } from "react-router"
import { Price } from "~/components/price"
import { listOwnOrders, listOwnProducts } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { usePortalI18n } from "~/lib/portal-i18n"
import { lowStock } from "~/lib/portal-stock"
import { withMaker } from "~/lib/portal-session.server"
import { BUTTON } from "~/components/portal/field"
import type { Route } from "./+types/dashboard"

/** The calendar day in Semarang (WIB), whatever the server's time zone. */
const jakartaDay = (date: Date | string) => new Date(date).toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" })

export async function loader({ request }: Route.LoaderArgs) {
  const [{ orders }, { products }] = await withMaker(request, (token) =>
    Promise.all([listOwnOrders(token, { limit: 50 }), listOwnProducts(token)])
  )
  const today = jakartaDay(new Date())
  return {
    today: orders
      .filter((o) => jakartaDay(o.created_at) === today)
      .map((o) => ({ id: o.id, number: o.order_display_id, status: o.status, total: o.total, items: o.items.length })),
    low: lowStock(products).map(({ product, variant, available }) => ({
      id: product.id,
      title: product.title,
      size: variant.title,
      available,
    })),
    drafts: products.filter((p) => p.status === "draft").map((p) => ({ id: p.id, title: p.title })),
  }
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Overview — Gelar Maker Portal" : "Ringkasan — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  const { today, low, drafts } = loaderData
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold text-nila">{t.dashboard.title}</h1>
        <Link to={path("newProduct")} className={BUTTON}>
          {t.dashboard.newProduct}
        </Link>
      </div>
      <Panel id="today" title={t.dashboard.todayOrders} empty={t.dashboard.noTodayOrders}>
        {today.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link to={path("order", { id: o.id })} className="font-semibold text-nila underline">
              {t.orders.number(o.number)}
            </Link>
            <span className="text-sm">{t.orders.status[o.status]}</span>
            <Price amount={o.total} className="font-semibold" />
          </li>
        ))}
      </Panel>
      <Panel id="low" title={t.dashboard.lowStock} empty={t.dashboard.noLowStock}>
        {low.map((l) => (
          <li key={`${l.id}-${l.size}`} className="py-2">
            <Link to={path("product", { id: l.id })} className="text-nila underline">
              {l.title}
            </Link>{" "}
            <span className="text-sm">
              ({l.size}: {t.products.stock(l.available)})
            </span>
          </li>
        ))}
      </Panel>
      <Panel id="drafts" title={t.dashboard.drafts} empty={t.dashboard.noDrafts}>
        {drafts.map((d) => (
          <li key={d.id} className="py-2">
            <Link to={path("product", { id: d.id })} className="text-nila underline">
              {d.title}
            </Link>
          </li>
        ))}
      </Panel>
    </div>
  )
}

/** A titled list of the dashboard, or a sentence saying it is empty. */
function Panel({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="font-serif text-xl font-semibold text-nila">
        {title}
      </h2>
      {children.length ? (
        <ul aria-labelledby={id} className="divide-y divide-stone-300 rounded-xl bg-white px-3 ring-1 ring-stone-200">
          {children}
        </ul>
      ) : (
        <p className="text-stone-700">{empty}</p>
      )}
    </section>
  )
}
