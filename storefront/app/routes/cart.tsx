import { data, Form, Link, redirect } from "react-router"
import { GeneralErrorBoundary } from "~/components/error-page"
import { Price } from "~/components/price"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { cartCookie, cartIdFrom } from "~/lib/cart-cookie.server"
import { useI18n } from "~/lib/i18n"
import {
  addLineItem,
  type CartChange,
  createCartWith,
  isOpenCart,
  removeLineItem,
  retrieveCart,
  unavailableLines,
  updateLineItem,
  withStock,
} from "~/lib/medusa/cart.server"
import { langFromPath, localePath } from "~/lib/paths"
import { shopperMessage } from "~/lib/shopper-messages"
import type { Route } from "./+types/cart"
import { CartIntent } from "./cart.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const id = await cartIdFrom(request)
  const found = id ? await retrieveCart(id) : null
  const cart = found ? await withStock(found) : null
  const unavailable = cart ? unavailableLines(cart) : []
  return data(
    {
      cart: cart
        ? {
            total: cart.total ?? 0,
            subtotal: cart.item_total ?? cart.subtotal ?? 0,
            items: (cart.items ?? []).map((item) => ({
              id: item.id,
              title: item.product_title ?? item.title,
              variant: item.variant_title ?? null,
              handle: item.product_handle ?? null,
              quantity: item.quantity,
              unitPrice: item.unit_price ?? 0,
              total: item.total ?? 0,
              available: unavailable.find((u) => u.id === item.id)?.available ?? null,
            })),
          }
        : null,
    },
    { headers: cacheHeaders("private") }
  )
}

export async function action({ request }: Route.ActionArgs) {
  const parsed = CartIntent.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) {
    return data({ error: "invalid" as const, message: null }, { status: 400, headers: cacheHeaders("private") })
  }
  const input = parsed.data
  const lang = langFromPath(new URL(request.url).pathname)
  let cartId = await cartIdFrom(request)
  const headers = new Headers(cacheHeaders("private"))
  let result: CartChange
  if (input.intent === "add" && !(cartId && (await isOpenCart(cartId)))) {
    result = await createCartWith(input.variant_id, input.quantity)
    if (result.cart) headers.append("Set-Cookie", await cartCookie.serialize(result.cart.id))
  } else if (!cartId) {
    return data({ error: "noCart" as const, message: null }, { status: 400, headers })
  } else {
    result =
      input.intent === "add"
        ? await addLineItem(cartId, input.variant_id, input.quantity)
        : input.intent === "update" && input.quantity > 0
          ? await updateLineItem(cartId, input.line_id, input.quantity)
          : await removeLineItem(cartId, input.line_id)
  }
  if (result.error) {
    return data({ error: "refused" as const, message: result.error }, { status: 400, headers })
  }
  // Post/redirect/get: a reload does not post again.
  throw redirect(localePath(lang, "cart"), { headers })
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Your cart — Gelar" : "Keranjang — Gelar" },
  { name: "robots", content: "noindex" },
]

export default function CartPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const c = t.cart
  const cart = loaderData.cart
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{c.title}</h1>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-300">
          {actionData.message ? shopperMessage(actionData.message, t) : c.invalid}
        </p>
      ) : null}
      {!cart || cart.items.length === 0 ? (
        <p>
          {c.empty} <Link to={path("catalogue")} className="underline">{c.browse}</Link>
        </p>
      ) : (
        <>
          <ul className="divide-y divide-stone-300" aria-label={c.lines}>
            {cart.items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
                <div className="space-y-1">
                  {item.handle ? (
                    <Link to={path("product", { handle: item.handle })} className="font-semibold underline">
                      {item.title}
                    </Link>
                  ) : (
                    <span className="font-semibold">{item.title}</span>
                  )}
                  {item.variant && !/^(default|all size)/i.test(item.variant) ? <p className="text-sm">{item.variant}</p> : null}
                  <Price amount={item.unitPrice} className="text-sm" />
                  {item.available !== null ? (
                    <p role="status" className="text-sm font-semibold text-red-800">
                      {item.available === 0 ? c.soldOut : c.onlyLeft(item.available)}
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-end gap-2">
                  <Form method="post" className="flex items-end gap-2">
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="line_id" value={item.id} />
                    <label className="text-sm">
                      {c.quantityOf(item.title)}
                      <input
                        type="number"
                        name="quantity"
                        min={0}
                        max={99}
                        defaultValue={item.quantity}
                        className="ml-2 w-16 rounded border border-stone-500 px-2 py-1"
                      />
                    </label>
                    <button type="submit" className="rounded border border-nila px-3 py-1 text-nila">
                      {c.update}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="line_id" value={item.id} />
                    <button type="submit" className="rounded border border-red-800 px-3 py-1 text-red-800">
                      {c.removeItem(item.title)}
                    </button>
                  </Form>
                  <Price amount={item.total} className="w-28 text-right font-semibold" />
                </div>
              </li>
            ))}
          </ul>
          <dl className="grid grid-cols-2 gap-2 border-t border-stone-400 pt-4">
            <dt>{c.subtotal}</dt>
            <dd className="text-right"><Price amount={cart.subtotal} /></dd>
            <dt className="font-semibold">{c.total}</dt>
            <dd className="text-right font-semibold"><Price amount={cart.total} /></dd>
          </dl>
          {cart.items.some((item) => item.available !== null) ? null : (
            <Link to={path("checkout")} className="inline-block rounded-lg bg-nila px-5 py-3 font-semibold text-white">
              {c.checkout}
            </Link>
          )}
        </>
      )}
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
