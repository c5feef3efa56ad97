import { createCookie } from "react-router"
import { env } from "./env.server"

/**
 * The cart id: httpOnly (scripts never read it), Secure in production, SameSite=Lax so the cart
 * survives a link from elsewhere but is not sent on cross-site form posts.
 */
export const cartCookie = createCookie("gelar_cart", {
  httpOnly: true,
  secure: env.NODE_ENV === "production",
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 30,
})

/** The cart id the request carries, if any. */
export async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}
