import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { call, hasStatus, regionId, sdk } from "./client.server"

/** What the cart page shows: lines and totals (their stock comes from the products route: `withStock`). */
export const CART_FIELDS = "id,currency_code,total,subtotal,shipping_total,item_total,*items,items.product_handle"

const STOCK_FIELDS = "id,variants.id,variants.manage_inventory,variants.allow_backorder,variants.inventory_quantity"

/**
 * The cart with each line's variant and its stock now. Only the products route computes a
 * variant's `inventory_quantity` (for the publishable key's sales channel): asked of the cart
 * route, the variant comes back empty, so a piece sold since it was added would go unnoticed.
 */
export async function withStock(cart: HttpTypes.StoreCart): Promise<HttpTypes.StoreCart> {
  const ids = [...new Set((cart.items ?? []).map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
  if (!ids.length) return cart
  const { products } = await call(() => sdk.store.product.list({ id: ids, fields: STOCK_FIELDS, limit: ids.length }))
  const variants = new Map(products.flatMap((p) => p.variants ?? []).map((v) => [v.id, v]))
  return {
    ...cart,
    items: (cart.items ?? []).map((i) => ({ ...i, variant: (i.variant_id && variants.get(i.variant_id)) || i.variant })),
  } as HttpTypes.StoreCart
}

/** The outcome of a cart change: the cart, or the backend's message for the shopper (a 4xx). */
export type CartChange = { cart: HttpTypes.StoreCart; error?: undefined } | { cart?: undefined; error: string }

/** Runs a cart change; a 4xx becomes the backend's message instead of an exception. */
export async function change(fn: () => Promise<{ cart: HttpTypes.StoreCart }>): Promise<CartChange> {
  try {
    return { cart: (await call(fn)).cart }
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status >= 400 && error.status < 500) {
      return { error: error.message }
    }
    throw error
  }
}

/** The cart with these fields, or null when it no longer exists or was completed. */
async function openCart(id: string, fields: string): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await call(() => sdk.store.cart.retrieve(id, { fields: `${fields},completed_at` }))
    return cart.completed_at ? null : cart
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/** The cart by id, or null when it no longer exists or was completed. */
export function retrieveCart(id: string): Promise<HttpTypes.StoreCart | null> {
  return openCart(id, CART_FIELDS)
}

/**
 * What a cart change asks back. The cart page reads the cart again after the redirect that follows
 * every change, and the backend computes totals for the fields asked, so the reply needs the id alone.
 */
const CHANGED_FIELDS = "id"

/** Whether the cart can take items: it exists and was not completed. */
export async function isOpenCart(id: string): Promise<boolean> {
  return (await openCart(id, "id")) !== null
}

/**
 * A new cart in the IDR region holding its first item. One request runs one backend workflow, where
 * an empty cart and then an added item ran two; a refused item (sold out) makes no cart.
 */
export async function createCartWith(variant_id: string, quantity: number): Promise<CartChange> {
  const region_id = await regionId()
  return change(() => sdk.store.cart.create({ region_id, items: [{ variant_id, quantity }] }, { fields: CHANGED_FIELDS }))
}

/** Adds a quantity of a variant; the backend refuses more than the stock, naming the piece. */
export function addLineItem(cartId: string, variant_id: string, quantity: number): Promise<CartChange> {
  return change(() => sdk.store.cart.createLineItem(cartId, { variant_id, quantity }, { fields: CHANGED_FIELDS }))
}

/** Sets a line's quantity. */
export function updateLineItem(cartId: string, lineId: string, quantity: number): Promise<CartChange> {
  return change(() => sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: CHANGED_FIELDS }))
}

/** Removes a line. */
export async function removeLineItem(cartId: string, lineId: string): Promise<CartChange> {
  return change(async () => {
    const { parent } = await sdk.store.cart.deleteLineItem(cartId, lineId, { fields: CHANGED_FIELDS })
    return { cart: parent as HttpTypes.StoreCart }
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

/** How many pieces the cart holds (0 once it is completed or gone); never fails the page that shows it. */
export async function cartItemCount(id: string): Promise<number> {
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: "id,completed_at,items.quantity" })
    return cart.completed_at ? 0 : (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  } catch {
    return 0
  }
}
