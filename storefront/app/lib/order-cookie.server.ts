import { createCookie } from "react-router"
import { SHOPPER_COOKIE } from "./cart-cookie.server"
import { env } from "./env.server"

/** How many recent orders one browser remembers; older ones are still found by the order lookup. */
const KEEP = 10

/**
 * The orders this browser placed or looked up. Signed with SESSION_SECRET: an order id alone
 * (e.g. from a shared link or a shoulder-surfed URL) never opens the confirmation page, which shows
 * the shopper's address and phone.
 */
export const orderCookie = createCookie("gelar_orders", {
  ...SHOPPER_COOKIE,
  maxAge: 60 * 60 * 24 * 90,
  secrets: [env.SESSION_SECRET],
})

/** The order ids the request's cookie vouches for (none when it is missing or its signature is wrong). */
export async function orderIdsFrom(request: Request): Promise<string[]> {
  const value = await orderCookie.parse(request.headers.get("Cookie"))
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.startsWith("order_")) : []
}

/** The Set-Cookie value that adds an order to the browser's list, newest first. */
export async function rememberOrder(request: Request, orderId: string): Promise<string> {
  const ids = [orderId, ...(await orderIdsFrom(request)).filter((id) => id !== orderId)].slice(0, KEEP)
  return orderCookie.serialize(ids)
}
