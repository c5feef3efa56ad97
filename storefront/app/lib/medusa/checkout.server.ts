import type { HttpTypes } from "@medusajs/types"
import { CART_FIELDS, type CartChange, change, withStock } from "./cart.server"
import { call, hasStatus, sdk } from "./client.server"

/** The cart as the checkout shows it: lines and totals, contact, address, delivery and payment. */
export const CHECKOUT_FIELDS = `${CART_FIELDS},email,region_id,completed_at,metadata,*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions`

/** How an order reaches the shopper; the seed's shipping options carry it as `data.kind`. */
export type DeliveryKind = "courier" | "booth-pickup"

export type DeliveryOption = { id: string; name: string; kind: DeliveryKind; amount: number }

/**
 * The cart for the checkout, completed or not (a completed cart leads to its order); null when
 * unknown. `stock` adds each line's stock now, for the pages that check it.
 */
export async function retrieveCheckoutCart(id: string, { stock = false } = {}): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await call(() => sdk.store.cart.retrieve(id, { fields: CHECKOUT_FIELDS }))
    return stock && !cart.completed_at ? await withStock(cart) : cart
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/** Sets the cart's fields (email, shipping address, metadata); the backend checks an Indonesian address. */
export function updateCart(cartId: string, body: HttpTypes.StoreUpdateCart): Promise<CartChange> {
  return change(() => sdk.store.cart.update(cartId, body, { fields: CHECKOUT_FIELDS }))
}

function kindOf(option: HttpTypes.StoreCartShippingOption): DeliveryKind | null {
  const kind = (option.data as { kind?: string } | null)?.kind ?? option.type?.code
  return kind === "courier" || kind === "booth-pickup" ? kind : null
}

/** The delivery options the cart can use (courier, booth pickup), cheapest first. */
export async function deliveryOptions(cartId: string): Promise<DeliveryOption[]> {
  const { shipping_options } = await call(() =>
    sdk.store.fulfillment.listCartOptions({ cart_id: cartId, fields: "id,name,data,amount,type.code" } as never)
  )
  return shipping_options
    .map((o) => ({ id: o.id, name: o.name, kind: kindOf(o), amount: o.amount ?? 0 }))
    .filter((o): o is DeliveryOption => o.kind !== null)
    .sort((a, b) => a.amount - b.amount)
}

/** Replaces the cart's delivery with one option. */
export function setDelivery(cartId: string, option: DeliveryOption): Promise<CartChange> {
  return change(() =>
    sdk.store.cart.addShippingMethod(cartId, { option_id: option.id, data: { kind: option.kind } }, { fields: CHECKOUT_FIELDS })
  )
}

/** The payment providers the cart's region accepts (`pp_system_default` is the bank transfer). */
export async function paymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await call(() => sdk.store.payment.listPaymentProviders({ region_id: regionId }))
  return payment_providers.map((p) => p.id)
}

/** Starts (or switches to) a payment with a provider; Stripe's session data carries the client secret. */
export async function choosePayment(cart: HttpTypes.StoreCart, providerId: string): Promise<CartChange> {
  return change(async () => {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId })
    return sdk.store.cart.retrieve(cart.id, { fields: CHECKOUT_FIELDS })
  })
}

export type Completion =
  | { order: HttpTypes.StoreOrder; error?: undefined }
  | { order?: undefined; error: { status: number; message: string } }

const CONFLICT_RETRIES = 8
const CONFLICT_WAIT_MS = 750

/**
 * Completes the cart into an order. The backend completes a cart once: a second completion of the
 * same cart (double submit, second tab, retried request) returns the same order, and one that
 * arrives while the first still runs gets 409, so that one waits and asks again.
 */
export async function completeCart(cartId: string): Promise<Completion> {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await call(() => sdk.store.cart.complete(cartId, { fields: "id,display_id,items.product_handle" }))
      if (result.type === "order") return { order: result.order }
      return { error: { status: 402, message: result.error?.message ?? "" } }
    } catch (error) {
      if (hasStatus(error, 409) && attempt < CONFLICT_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, CONFLICT_WAIT_MS))
        continue
      }
      const status = (error as { status?: number }).status
      if (status && status >= 400 && status < 500) {
        return { error: { status, message: (error as Error).message } }
      }
      throw error
    }
  }
}
