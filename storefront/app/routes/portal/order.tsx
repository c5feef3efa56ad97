import { data, Form, Link, redirect } from "react-router"
import { z } from "zod"
import { Price } from "~/components/price"
import { Alert, BUTTON, BUTTON_SECONDARY, Field, INPUT } from "~/components/portal/field"
import { hasStatus } from "~/lib/medusa/client.server"
import { getOwnOrder, setOwnOrderStatus } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { parseForm, type FieldErrors } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import { portalPath } from "~/lib/portal-paths"
import { withMaker } from "~/lib/portal-session.server"
import type { Route } from "./+types/order"

export async function loader({ request, params }: Route.LoaderArgs) {
  const order = await withMaker(request, async (token) => {
    try {
      return await getOwnOrder(token, params.id)
    } catch (error) {
      // Another maker's part is a 404 like an unknown id (decision 005).
      if (hasStatus(error, 404)) throw data(null, { status: 404 })
      throw error
    }
  })
  return { order, updated: new URL(request.url).searchParams.get("updated") }
}

const StatusForm = z.discriminatedUnion("status", [
  z.object({ status: z.literal("packed") }),
  z.object({ status: z.literal("ready_for_pickup") }),
  z.object({ status: z.literal("shipped"), tracking_number: z.string().trim().min(1, "tracking") }),
])

export async function action({ request, params }: Route.ActionArgs) {
  const form = parseForm(StatusForm, await request.formData())
  if (!form.ok) return data({ ...form, refused: null }, { status: 400 })
  const result = await withMaker(request, (token) => setOwnOrderStatus(token, params.id, form.data))
  if (!result.ok) return data({ ok: false as const, errors: {} as FieldErrors, values: {} as Record<string, string>, refused: result.message }, { status: 400 })
  const lang = langFromPath(new URL(request.url).pathname)
  throw redirect(`${portalPath(lang, "order", { id: params.id })}?updated=1`)
}

export const meta: Route.MetaFunction = ({ location, data }) => {
  const en = langFromPath(location.pathname) === "en"
  const n = data?.order.order_display_id ?? ""
  return [{ title: `${en ? "Order" : "Pesanan"} #${n} — ${en ? "Gelar Maker Portal" : "Portal Perajin Gelar"}` }, { name: "robots", content: "noindex" }]
}

export default function Order({ loaderData, actionData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  const { order, updated } = loaderData
  const o = t.orders
  const a = order.shipping_address
  const errors = actionData?.errors ?? {}
  return (
    <div className="space-y-6">
      <p>
        <Link to={path("orders")} className="text-nila underline">
          {o.back}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold text-nila">{o.number(order.order_display_id)}</h1>
      {updated ? <Alert tone="info">{o.updated(o.status[order.status])}</Alert> : null}
      {actionData?.refused ? <Alert tone="error">{actionData.refused}</Alert> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl bg-white p-4 ring-1 ring-stone-200">
        <dt className="font-semibold">{t.editor.status}</dt>
        <dd>{o.status[order.status]}</dd>
        {order.tracking_number ? (
          <>
            <dt className="font-semibold">{o.tracking}</dt>
            <dd className="font-mono">{order.tracking_number}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{o.delivery}</dt>
        <dd>{order.delivery}</dd>
        <dt className="font-semibold">{o.shopper}</dt>
        <dd>
          {[a?.first_name, a?.last_name].filter(Boolean).join(" ")} {order.email ? `(${order.email})` : ""}
        </dd>
        {a?.phone ? (
          <>
            <dt className="font-semibold">{o.phone}</dt>
            <dd>{a.phone}</dd>
          </>
        ) : null}
        {a?.address_1 ? (
          <>
            <dt className="font-semibold">{o.address}</dt>
            <dd>{[a.address_1, a.address_2, a.city, a.province, a.postal_code].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="lines" className="space-y-2">
        <h2 id="lines" className="font-serif text-xl font-semibold text-nila">
          {o.lines}
        </h2>
        <ul aria-labelledby="lines" className="divide-y divide-stone-300">
          {order.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {item.product_title ?? item.title}
                {item.variant_title && !/^(default|all size)/i.test(item.variant_title) ? ` · ${item.variant_title}` : ""}
              </span>
              <span className="text-sm">
                {o.quantity}: {item.quantity}
              </span>
              <Price amount={item.total} className="font-semibold" />
            </li>
          ))}
        </ul>
        <p className="flex justify-between border-t border-stone-400 pt-2 font-semibold">
          <span>{o.total}</span>
          <Price amount={order.total} />
        </p>
      </section>
      <section aria-labelledby="actions" className="space-y-3">
        <h2 id="actions" className="font-serif text-xl font-semibold text-nila">
          {o.actions}
        </h2>
        <div className="flex flex-wrap gap-3">
          <Form method="post">
            <button type="submit" name="status" value="packed" className={BUTTON_SECONDARY}>
              {o.markPacked}
            </button>
          </Form>
          <Form method="post">
            <button type="submit" name="status" value="ready_for_pickup" className={BUTTON_SECONDARY}>
              {o.markReady}
            </button>
          </Form>
        </div>
        <Form method="post" className="space-y-2 rounded-xl bg-white p-3 ring-1 ring-stone-200" noValidate>
          <Field name="tracking_number" label={o.tracking} problem={errors.tracking_number}>
            {(c) => <input {...c} type="text" defaultValue={actionData?.values.tracking_number ?? order.tracking_number ?? ""} className={INPUT} />}
          </Field>
          <button type="submit" name="status" value="shipped" className={BUTTON}>
            {o.markShipped}
          </button>
        </Form>
      </section>
    </div>
  )
}
