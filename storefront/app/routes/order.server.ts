import { redirect } from "react-router"
import { cacheHeaders } from "~/lib/cache"
import { completeCart } from "~/lib/medusa/checkout.server"
import { rememberOrder } from "~/lib/order-cookie.server"
import { forgetPages } from "~/lib/html-cache.server"
import { forgetMemo } from "~/lib/medusa/memo.server"
import { LANGS, langFromPath, localePath } from "~/lib/paths"

/**
 * The product pages of an order's pieces, kept by this process (its backend reads, its page cache),
 * are dropped so the next shopper sees "sold" at once; a one-of-a-kind piece is gone after one order.
 */
function forgetSoldProducts(items: { product_handle?: string | null }[]) {
  for (const { product_handle: handle } of items) {
    if (!handle) continue
    forgetMemo("product", handle)
    forgetPages(LANGS.map((lang) => localePath(lang, "product", { handle })))
  }
}

export type Placed = { response: Response } | { message: string; busy: boolean }

/**
 * Completes the cart and, once there is an order, sends the shopper to it with its id added to the
 * signed order cookie. A cart completed before (double submit, second tab, retried request) yields
 * the same order. Otherwise returns the backend's reason; `busy` when another completion still runs.
 */
export async function toPlacedOrder(request: Request, cartId: string): Promise<Placed> {
  const lang = langFromPath(new URL(request.url).pathname)
  const completion = await completeCart(cartId)
  if (completion.order) {
    forgetSoldProducts(completion.order.items ?? [])
    const headers = new Headers(cacheHeaders("private"))
    headers.append("Set-Cookie", await rememberOrder(request, completion.order.id))
    return { response: redirect(localePath(lang, "order", { id: completion.order.id }), { headers }) }
  }
  return { message: completion.error.message, busy: completion.error.status === 409 }
}

/** What the review step says when there is no order yet: the payment failed, or the bank still processes it. */
export type ReviewNotice = "error=payment" | "payment=processing"

/** For loaders: the redirect to the order, or back to the review step with its notice (by default, a failed payment). */
export async function placeOrder(request: Request, cartId: string, notice: ReviewNotice = "error=payment"): Promise<Response> {
  const placed = await toPlacedOrder(request, cartId)
  if ("response" in placed) return placed.response
  const lang = langFromPath(new URL(request.url).pathname)
  return redirect(`${localePath(lang, "checkout")}?step=review&${notice}`)
}
