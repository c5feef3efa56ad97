import { fromMedusaAddress } from "./address"
import { attachCart, checkoutDetails } from "./medusa/customer.server"
import { customerToken } from "./session.server"

/** The logged-in shopper's email and main saved address in the checkout form's shape; null for a guest. */
export async function checkoutPrefill(request: Request): Promise<{ email: string; address: Record<string, string> } | null> {
  const token = await customerToken(request)
  const details = token ? await checkoutDetails(token) : null
  return details && { email: details.email, address: details.address ? fromMedusaAddress(details.address) : {} }
}

/** Puts the cart in the logged-in shopper's name, so the order shows in their account; a guest's cart stays as it is. */
export async function attachCartToCustomer(request: Request, cartId: string): Promise<void> {
  const token = await customerToken(request)
  if (token) await attachCart(token, cartId)
}
