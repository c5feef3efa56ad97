import { redirect } from "react-router"
import { cacheHeaders } from "~/lib/cache"
import { completeCart } from "~/lib/medusa/checkout.server"
import { rememberOrder } from "~/lib/order-cookie.server"
import { langFromPath, localePath } from "~/lib/paths"

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
    const headers = new Headers(cacheHeaders("private"))
    headers.append("Set-Cookie", await rememberOrder(request, completion.order.id))
    return { response: redirect(localePath(lang, "order", { id: completion.order.id }), { headers }) }
  }
  return { message: completion.error.message, busy: completion.error.status === 409 }
}

/** For loaders: the redirect to the order, or back to the review step saying the payment failed. */
export async function placeOrder(request: Request, cartId: string): Promise<Response> {
  const placed = await toPlacedOrder(request, cartId)
  if ("response" in placed) return placed.response
  const lang = langFromPath(new URL(request.url).pathname)
  return redirect(`${localePath(lang, "checkout")}?step=review&error=payment`)
}
