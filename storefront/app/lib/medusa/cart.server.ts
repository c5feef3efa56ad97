import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { call, hasStatus, regionId, sdk } from "./client.server"

/** What the cart page shows: lines with their stock, and the totals. */
export const CART_FIELDS =
  "id,currency_code,total,subtotal,shipping_total,item_total,*items,items.product_handle,items.variant.manage_inventory,items.variant.allow_backorder,items.variant.inventory_quantity"

/** The outcome of a cart change: the cart, or the backend's message for the shopper (a 4xx). */
export type CartChange = { cart: HttpTypes.StoreCart; error?: undefined } | { cart?: undefined; error: string }

async function change(fn: () => Promise<{ cart: HttpTypes.StoreCart }>): Promise<CartChange> {
  try {
    return { cart: (await call(fn)).cart }
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status >= 400 && error.status < 500) {
      return { error: error.message }
    }
    throw error
  }
}

/** The cart by id, or null when it no longer exists or was completed. */
export async function retrieveCart(id: string): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await call(() => sdk.store.cart.retrieve(id, { fields: CART_FIELDS }))
    return cart.completed_at ? null : cart
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/** A new empty cart in the IDR region. */
export async function createCart(): Promise<HttpTypes.StoreCart> {
  const region_id = await regionId()
  return (await call(() => sdk.store.cart.create({ region_id }, { fields: CART_FIELDS }))).cart
}

/** Adds a quantity of a variant; the backend refuses more than the stock, naming the piece. */
export function addLineItem(cartId: string, variant_id: string, quantity: number): Promise<CartChange> {
  return change(() => sdk.store.cart.createLineItem(cartId, { variant_id, quantity }, { fields: CART_FIELDS }))
}

/** Sets a line's quantity. */
export function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<CartChange> {
  return change(() => sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: CART_FIELDS }))
}

/** Removes a line. */
export async function removeLineItem(cartId: string, lineId: string): Promise<CartChange> {
  return change(async () => {
    await sdk.store.cart.deleteLineItem(cartId, lineId)
    return sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS })
  })
}

/** Lines that cannot be bought any more: tracked stock below the quantity in the cart. */
export function unavailableLines(cart: HttpTypes.StoreCart): { id: string; available: number }[] {
  return (cart.items ?? [])
    .map((item) => {
      const v = item.variant as (HttpTypes.StoreProductVariant & { inventory_quantity?: number }) | undefined
      if (!v?.manage_inventory || v.allow_backorder) return null
      const available = Math.max(0, v.inventory_quantity ?? 0)
      return available < item.quantity ? { id: item.id, available } : null
    })
    .filter((x): x is { id: string; available: number } => x !== null)
}
