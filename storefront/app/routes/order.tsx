import { data, Link } from "react-router"
import { BoothList } from "~/components/booth-list"
import { GeneralErrorBoundary } from "~/components/error-page"
import { OrderSummary, summaryLines } from "~/components/order-summary"
import { Price } from "~/components/price"
import { fromMedusaAddress } from "~/lib/address"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { env } from "~/lib/env.server"
import { useI18n } from "~/lib/i18n"
import { makerStatus, pickupBooths, retrieveOrder } from "~/lib/medusa/orders.server"
import { retrieveOwnOrder } from "~/lib/medusa/customer.server"
import { orderIdsFrom } from "~/lib/order-cookie.server"
import { customerToken } from "~/lib/session.server"
import { langFromPath } from "~/lib/paths"
import { BANK_TRANSFER } from "~/lib/checkout"
import type { Route } from "./+types/order"

export const headers = routeHeaders

type PaymentState = "paid" | "awaiting" | "authorized" | "pending"

export async function loader({ request, params }: Route.LoaderArgs) {
  // Only the shopper who placed it sees it (the page shows address and phone): a browser whose
  // signed cookie names the order, or the logged-in customer it belongs to.
  const token = await customerToken(request)
  const mine =
    (await orderIdsFrom(request)).includes(params.id) || (token !== null && (await retrieveOwnOrder(token, params.id).catch(() => null)) !== null)
  const order = mine ? await retrieveOrder(params.id) : null
  if (!order) return data({ order: null }, { status: 404, headers: cacheHeaders("private") })

  const collection = order.payment_collections?.[0]
  const provider = collection?.payments?.[0]?.provider_id ?? null
  const bankTransfer = provider === BANK_TRANSFER
  const paid = order.payment_status === "captured" || collection?.status === "completed"
  const payment: PaymentState = paid ? "paid" : bankTransfer ? "awaiting" : collection?.status === "authorized" ? "authorized" : "pending"
  // Booth pickup is chosen at checkout (cart metadata, copied onto the order); it needs no street address.
  const pickup = order.metadata?.delivery === "booth-pickup" || !order.shipping_address?.address_1
  const handles = (order.items ?? []).map((i) => i.product_handle).filter((h): h is string => Boolean(h))
  const [parts, booths] = await Promise.all([makerStatus(order.id), pickup ? pickupBooths(handles) : null])
  const titles = new Map((order.items ?? []).map((i) => [i.id, i.product_title ?? i.title]))
  return data(
    {
      order: {
        number: String(order.display_id),
        email: order.email ?? "",
        summary: {
          items: summaryLines(order.items),
          subtotal: order.item_total ?? 0,
          shipping: order.shipping_total ?? 0,
          total: order.total ?? 0,
        },
        pickup,
        booths,
        address: order.shipping_address ? fromMedusaAddress(order.shipping_address) : null,
        payment,
        transfer:
          bankTransfer && !paid
            ? { bank: env.BANK_TRANSFER_BANK, account: env.BANK_TRANSFER_ACCOUNT, holder: env.BANK_TRANSFER_HOLDER }
            : null,
        makers: parts.map((p) => ({
          name: p.maker.name ?? "",
          status: p.status,
          tracking: p.tracking_number,
          items: p.line_item_ids.map((id) => titles.get(id)).filter(Boolean) as string[],
        })),
      },
    },
    { headers: cacheHeaders("private") }
  )
}

export const meta: Route.MetaFunction = ({ data, location }) => {
  const en = langFromPath(location.pathname) === "en"
  const title = data?.order ? `${en ? "Order" : "Pesanan"} #${data.order.number}` : en ? "Order" : "Pesanan"
  return [{ title: `${title} — Gelar` }, { name: "robots", content: "noindex" }]
}

export default function OrderPage({ loaderData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const o = t.order
  const order = loaderData.order
  if (!order) {
    return (
      <section className="mx-auto max-w-xl space-y-4 py-8">
        <h1 className="font-serif text-3xl font-semibold text-nila">{o.notYoursTitle}</h1>
        <p>{o.notYours}</p>
        <Link to={path("orderLookup")} className="inline-block rounded-lg bg-nila px-5 py-3 font-semibold text-white">
          {o.lookup}
        </Link>
      </section>
    )
  }
  const a = order.address
  const recipient = a ? [`${a.first_name} ${a.last_name}`.trim(), a.phone].filter(Boolean).join(", ") : ""
  return (
    <div className="mx-auto grid max-w-5xl gap-8 md:grid-cols-[1fr_20rem]">
      <div className="space-y-8">
        <header className="space-y-2">
          <h1 className="font-serif text-3xl font-semibold text-nila">{o.title(order.number)}</h1>
          <p>{o.thanks}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{o.number}</dt>
            <dd>{order.number}</dd>
            <dt className="font-semibold">{o.email}</dt>
            <dd>{order.email}</dd>
          </dl>
        </header>

        <section aria-labelledby="payment-title" className="space-y-3">
          <h2 id="payment-title" className="font-serif text-xl font-semibold text-nila">
            {o.paymentTitle}
          </h2>
          <p>
            <span className="rounded bg-malam px-2 py-1 font-semibold">{o.paymentStatus[order.payment]}</span>
          </p>
          {order.transfer ? (
            <section aria-labelledby="transfer-title" className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-stone-300">
              <h3 id="transfer-title" className="font-semibold">
                {o.transferTitle}
              </h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt>{o.transferAmount}</dt>
                <dd className="font-semibold">
                  <Price amount={order.summary.total} />
                </dd>
                <dt>{o.bank}</dt>
                <dd>{order.transfer.bank}</dd>
                <dt>{o.account}</dt>
                <dd className="font-mono">{order.transfer.account}</dd>
                <dt>{o.holder}</dt>
                <dd>{order.transfer.holder}</dd>
                <dt>{o.reference}</dt>
                <dd className="font-mono">{order.number}</dd>
              </dl>
              <p className="text-sm text-stone-700">{o.transferNote}</p>
            </section>
          ) : null}
        </section>

        <section aria-labelledby="delivery-title" className="space-y-2">
          <h2 id="delivery-title" className="font-serif text-xl font-semibold text-nila">
            {order.pickup ? o.pickupTitle : o.deliveryTitle}
          </h2>
          {order.pickup ? (
            <>
              {order.booths?.length ? <BoothList booths={order.booths} /> : null}
              <p className="text-sm text-stone-700">{o.pickupHint}</p>
            </>
          ) : a ? (
            <address className="not-italic">
              {recipient}
              <br />
              {[a.address_1, a.district].filter(Boolean).join(", ")}
              <br />
              {[a.city, a.province, a.postal_code].filter(Boolean).join(", ")}
            </address>
          ) : null}
          {order.pickup && recipient ? <p>{recipient}</p> : null}
        </section>

        {order.makers.length ? (
          <section aria-labelledby="makers-title" className="space-y-2">
            <h2 id="makers-title" className="font-serif text-xl font-semibold text-nila">
              {o.makers}
            </h2>
            <ul className="space-y-2">
              {order.makers.map((m) => (
                <li key={m.name}>
                  <span className="font-semibold">{m.name}</span>:{" "}
                  {o.makerStatus[m.status as keyof typeof o.makerStatus] ?? m.status}
                  {m.tracking ? ` — ${o.tracking} ${m.tracking}` : ""}
                  {m.items.length ? <span className="block text-sm text-stone-700">{m.items.join(", ")}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <OrderSummary summary={order.summary} heading={o.items} />
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
