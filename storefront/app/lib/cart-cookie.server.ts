import { createCookie } from "react-router"
import { env } from "./env.server"
import { cartItemCount } from "./medusa/cart.server"

/** The flags of the shopper's cookies (cart, orders); see the cart cookie for why. */
export const SHOPPER_COOKIE = {
  httpOnly: true,
  secure: env.NODE_ENV === "production",
  sameSite: "lax",
  path: "/",
} as const

/**
 * The cart id: httpOnly (scripts never read it), Secure in production, SameSite=Lax so the cart
 * survives a link from elsewhere but is not sent on cross-site form posts.
 */
export const cartCookie = createCookie("gelar_cart", { ...SHOPPER_COOKIE, maxAge: 60 * 60 * 24 * 30 })

/** The cart id the request carries, if any. */
export async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}

/** The header's cart count for a request with a cart cookie; null without one (nothing to look up). */
export async function cartCountFrom(request: Request): Promise<number | null> {
  const id = await cartIdFrom(request)
  return id ? cartItemCount(id) : null
}
