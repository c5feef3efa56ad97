import { redirect } from "react-router"
import { cartIdFrom } from "~/lib/cart-cookie.server"
import { langFromPath, localePath } from "~/lib/paths"
import type { Route } from "./+types/checkout-return"
import { placeOrder } from "./order.server"

/**
 * Where Stripe sends the shopper back after confirming a payment (and where the page goes itself
 * when no redirect was needed). Stripe returns with a GET, so this loader completes the cart:
 * completion is idempotent, a reload or a second return yields the same order.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const lang = langFromPath(url.pathname)
  const cartId = await cartIdFrom(request)
  if (!cartId) throw redirect(localePath(lang, "cart"))
  const status = url.searchParams.get("redirect_status")
  if (status === "failed") {
    throw redirect(`${localePath(lang, "checkout")}?step=review&error=payment`)
  }
  // Some methods (bank debits, some wallets) confirm later. Stripe's webhook then authorizes the
  // payment and completes the cart; until it has, the shopper is told to wait, not that it failed.
  throw await placeOrder(request, cartId, status === "processing" ? "payment=processing" : undefined)
}
