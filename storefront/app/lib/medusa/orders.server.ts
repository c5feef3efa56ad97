import type { HttpTypes } from "@medusajs/types"
import { call, hasStatus, optional, sdk } from "./client.server"
import { getMaker } from "./makers.server"
import { getProductByHandle } from "./products.server"

/** What the confirmation page shows of an order. */
const ORDER_FIELDS =
  "id,display_id,email,created_at,currency_code,total,item_total,shipping_total,metadata,payment_status,*items,*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payments"

/** One order by id, or null when there is none. Callers check that the shopper may see it. */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    return (await call(() => sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }))).order
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/** The id of the order with this email and number, or null when the pair matches none. */
export async function lookupOrder(email: string, displayId: number): Promise<string | null> {
  try {
    const { order } = await call(() =>
      sdk.client.fetch<{ order: { id: string } }>("/store/order-lookup", { query: { email, display_id: displayId } })
    )
    return order.id
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

export type MakerPart = {
  maker: { handle?: string; name?: string }
  status: string
  tracking_number: string | null
  line_item_ids: string[]
}

/** How far each maker has got with its part of the order; empty until the order is split per maker. */
export async function makerStatus(orderId: string): Promise<MakerPart[]> {
  const result = await optional(() =>
    sdk.client.fetch<{ parts: MakerPart[] }>(`/store/orders/${encodeURIComponent(orderId)}/maker-status`)
  )
  return result?.parts ?? []
}

export type Booth = { maker: string; booth: string | null }

/**
 * Where each maker of these products stands at the exhibition, for booth pickup: one entry per
 * maker (a maker without a booth yet has `booth: null`). Reads the cached product and maker pages.
 */
export async function pickupBooths(productHandles: string[]): Promise<Booth[]> {
  const products = await Promise.all([...new Set(productHandles)].map((h) => getProductByHandle(h)))
  const makerHandles = [...new Set(products.map((p) => p?.maker?.handle).filter((h): h is string => Boolean(h)))]
  const makers = await Promise.all(makerHandles.map((h) => getMaker(h)))
  return makers
    .filter((m): m is NonNullable<typeof m> => m !== null)
    .map((m) => ({ maker: m.name, booth: m.booth?.booth_code ?? null }))
}
