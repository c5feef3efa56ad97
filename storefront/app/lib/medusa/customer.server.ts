import type { HttpTypes } from "@medusajs/types"
import { call, forwardedFor, hasStatus, sdk } from "./client.server"

// Every call passes the shopper's token as a header: the SDK instance is shared by all requests, so
// its own token store (sdk.auth.login keeps the token in memory) would hand one shopper's session to
// the next. Hence sdk.client.fetch for /auth instead of sdk.auth.*.
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

export const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone"
export const ADDRESS_FIELDS =
  "id,first_name,last_name,phone,address_1,city,province,postal_code,country_code,is_default_shipping,metadata"
export const ORDER_LIST_FIELDS = "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code"
export const ORDER_FIELDS = `${ORDER_LIST_FIELDS},email,subtotal,shipping_total,*items,*shipping_address,*shipping_methods`

export type LoginResult =
  | { token: string; error?: undefined }
  | { token?: undefined; error: "invalid" }
  | { token?: undefined; error: "throttled"; retryAfter: number }

/** The seconds in the backend's 429 message ("Try again in 42 seconds."): the SDK's error drops Retry-After. */
function retryAfterFrom(message: string): number {
  const seconds = Number(/(\d+)\s*second/.exec(message)?.[1])
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60
}

/**
 * Logs a customer in with email and password, on behalf of the shopper who sent `request` (the
 * backend throttles attempts per address). A wrong email and a wrong password give the same
 * "invalid", so the answer tells nobody whether an email has an account.
 */
export async function login(email: string, password: string, request: Request): Promise<LoginResult> {
  try {
    const { token } = await call(() =>
      sdk.client.fetch<{ token: string }>("/auth/customer/emailpass", {
        method: "POST",
        body: { email, password },
        headers: forwardedFor(request),
      })
    )
    return { token }
  } catch (error) {
    if (hasStatus(error, 429)) return { error: "throttled", retryAfter: retryAfterFrom((error as Error).message) }
    if (hasStatus(error, 401) || hasStatus(error, 400)) return { error: "invalid" }
    throw error
  }
}

/** True when the token belongs to a customer (a fresh registration token has no customer yet). */
function hasCustomer(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return typeof payload.actor_id === "string" && payload.actor_id !== ""
  } catch {
    return false
  }
}

export type RegisterInput = { email: string; password: string; first_name: string; last_name: string; phone?: string }
export type RegisterResult =
  | { token: string; error?: undefined }
  | { token?: undefined; error: "exists" }
  | { token?: undefined; error: "throttled"; retryAfter: number }

/**
 * Registers a customer: an email/password identity, then the customer record, then a token that
 * carries the customer. When the email already has an identity and the password is right, it
 * finishes a registration that stopped half-way, or simply logs in (as the shopper who sent `request`).
 */
export async function register(input: RegisterInput, request: Request): Promise<RegisterResult> {
  const { email, password, ...profile } = input
  let token: string
  try {
    token = (
      await call(() =>
        sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
          method: "POST",
          body: { email, password },
        })
      )
    ).token
  } catch (error) {
    if (!(hasStatus(error, 401) || hasStatus(error, 400))) throw error
    const existing = await login(email, password, request)
    if (existing.error === "throttled") return existing
    if (existing.error) return { error: "exists" }
    if (hasCustomer(existing.token)) return existing
    token = existing.token
  }
  await call(() =>
    sdk.store.customer.create({ email, ...profile }, { fields: "id" }, bearer(token))
  )
  // The registration token names no customer; a refreshed one does.
  const refreshed = await call(() =>
    sdk.client.fetch<{ token: string }>("/auth/token/refresh", { method: "POST", headers: bearer(token) })
  )
  return { token: refreshed.token }
}

/** The logged-in customer, or null when the token has expired or was refused. */
export async function retrieveCustomer(token: string): Promise<HttpTypes.StoreCustomer | null> {
  try {
    return (await call(() => sdk.store.customer.retrieve({ fields: CUSTOMER_FIELDS }, bearer(token)))).customer
  } catch (error) {
    if (hasStatus(error, 401)) return null
    throw error
  }
}

/** The customer's orders, newest first. */
export async function listOrders(token: string, limit = 50): Promise<HttpTypes.StoreOrder[]> {
  const { orders } = await call(() =>
    sdk.store.order.list({ fields: ORDER_LIST_FIELDS, limit, order: "-created_at" }, bearer(token))
  )
  return orders
}

/**
 * One of the customer's own orders, or null. Listed with an id filter because the list is scoped to
 * the customer by the backend, while the single-order route answers anyone who knows the id.
 */
export async function retrieveOwnOrder(token: string, id: string): Promise<HttpTypes.StoreOrder | null> {
  const { orders } = await call(() =>
    sdk.store.order.list({ id, fields: ORDER_FIELDS, limit: 1 } as HttpTypes.StoreOrderFilters, bearer(token))
  )
  return orders[0] ?? null
}

/**
 * Adds the orders placed as a guest under the account's email, with the token of the link the backend
 * emailed to that address: the number added, or null when the backend refuses the token (400).
 */
export async function claimGuestOrders(token: string, linkToken: string): Promise<number | null> {
  try {
    const { order_ids } = await call(() =>
      sdk.client.fetch<{ order_ids: string[] }>("/store/customers/me/guest-orders", {
        method: "POST",
        body: { token: linkToken },
        headers: bearer(token),
      })
    )
    return order_ids.length
  } catch (error) {
    if (hasStatus(error, 400)) return null
    throw error
  }
}

/** The customer's saved addresses, the default shipping address first. */
export async function listAddresses(token: string): Promise<HttpTypes.StoreCustomerAddress[]> {
  const { addresses } = await call(() =>
    sdk.store.customer.listAddress({ fields: ADDRESS_FIELDS, limit: 50 }, bearer(token))
  )
  return [...addresses].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping))
}

export type AddressBody = HttpTypes.StoreCreateCustomerAddress

/** Saves a new address. */
export async function createAddress(token: string, body: AddressBody): Promise<void> {
  await call(() => sdk.store.customer.createAddress(body, { fields: "id" }, bearer(token)))
}

/** Changes a saved address; false when it is not (or no longer) the customer's. */
export async function updateAddress(token: string, id: string, body: AddressBody): Promise<boolean> {
  try {
    await call(() => sdk.store.customer.updateAddress(id, body, { fields: "id" }, bearer(token)))
    return true
  } catch (error) {
    if (hasStatus(error, 404)) return false
    throw error
  }
}

/** Deletes a saved address; deleting one already gone is not an error. */
export async function deleteAddress(token: string, id: string): Promise<void> {
  try {
    await call(() => sdk.store.customer.deleteAddress(id, bearer(token)))
  } catch (error) {
    if (!hasStatus(error, 404)) throw error
  }
}

/**
 * What the checkout fills in for a logged-in customer: their email and main saved address (the
 * default shipping one, else the first). Null when the token no longer works.
 */
export async function checkoutDetails(
  token: string
): Promise<{ email: string; address: HttpTypes.StoreCustomerAddress | null } | null> {
  const customer = await retrieveCustomer(token)
  if (!customer) return null
  const [main] = await listAddresses(token)
  return { email: customer.email, address: main ?? null }
}

/**
 * Puts the cart in the customer's name, so that the order lands in their account (a cart with only an
 * email gets a guest customer). A refused token leaves the cart a guest's.
 */
export async function attachCart(token: string, cartId: string): Promise<void> {
  try {
    await call(() => sdk.store.cart.transferCart(cartId, { fields: "id" }, bearer(token)))
  } catch (error) {
    if (!hasStatus(error, 401)) throw error
  }
}
