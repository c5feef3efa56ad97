import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"
import { pieceLabel, shortageMessage } from "../../../lib/stock-messages"

const NOT_ENOUGH_FOR_ITEM = /Not enough stock available for item (iitem_[0-9A-Za-z]+)/
const VARIANT_LACKS_INVENTORY = /Some variant does not have the required inventory/
/** Raised by the locking module when many completions wait for the same inventory item. */
const LOCK_TIMEOUT = /Timed-out acquiring lock/
const CART_PATH = /^\/store\/carts\/(cart_[0-9A-Za-z]+)(?:\/line-items\/([^/?]+))?/

type Wanted = { variant_id: string; quantity: number }
type Query = Parameters<typeof getVariantAvailability>[0]

/** What the request tried to hold: the cart's lines, with the line or item the request adds or changes. */
async function wantedByRequest(query: Query, req: MedusaRequest): Promise<Wanted[]> {
  // The app-level error handler sees no route params: read the ids from the path.
  const [, cartId, lineId] = (req.path ?? "").match(CART_PATH) ?? []
  type Added = { variant_id?: string; quantity?: number }
  // A line added to a cart, or the first items of a new cart (POST /store/carts).
  const body = (req.body ?? {}) as Added & { items?: Added[] }
  const wanted = new Map<string, number>()
  if (cartId?.startsWith("cart_")) {
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "items.id", "items.variant_id", "items.quantity"],
      filters: { id: cartId },
    })
    for (const item of (data[0]?.items ?? []) as { id: string; variant_id: string | null; quantity: number }[]) {
      if (!item?.variant_id) continue
      const quantity = item.id === lineId && typeof body.quantity === "number" ? body.quantity : Number(item.quantity)
      wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + quantity)
    }
  }
  for (const added of [body, ...(Array.isArray(body.items) ? body.items : [])]) {
    if (added?.variant_id && typeof added.quantity === "number") {
      wanted.set(added.variant_id, (wanted.get(added.variant_id) ?? 0) + added.quantity)
    }
  }
  return [...wanted].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}

/**
 * Medusa's inventory errors name inventory item ids ("Not enough stock available for item iitem_...")
 * or nothing at all ("Some variant does not have the required inventory"). This finds the pieces
 * concerned and says, in words a shopper reads, which one is sold out or how many are left.
 * Returns null when the error is not about stock or the pieces cannot be told.
 */
export async function soldOutMessage(err: { message?: string }, req: MedusaRequest): Promise<string | null> {
  const message = err?.message ?? ""
  const itemMatch = message.match(NOT_ENOUGH_FOR_ITEM)
  if (!itemMatch && !VARIANT_LACKS_INVENTORY.test(message) && !LOCK_TIMEOUT.test(message)) {
    return null
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY) as Query
  const salesChannelId = (req as { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids?.[0]
  let wanted = await wantedByRequest(query, req)
  if (itemMatch) {
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "variants.id"],
      filters: { id: itemMatch[1] },
    })
    const ids = new Set(((data[0]?.variants ?? []) as { id: string }[]).map((v) => v.id))
    const matching = wanted.filter((w) => ids.has(w.variant_id))
    wanted = matching.length ? matching : [...ids].map((variant_id) => ({ variant_id, quantity: 1 }))
  }
  if (!wanted.length) {
    return null
  }
  const ids = wanted.map((w) => w.variant_id)
  const [{ data: variants }, availability] = await Promise.all([
    query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: ids } }),
    salesChannelId
      ? getVariantAvailability(query, { variant_ids: ids, sales_channel_id: salesChannelId })
      : Promise.resolve({} as Record<string, { availability: number }>),
  ])
  const byId = new Map(
    (variants as { id: string; title?: string | null; product?: { title?: string | null } | null }[]).map((v) => [v.id, v])
  )
  const short = wanted
    .map((w) => ({ ...w, available: Math.max(0, Number(availability[w.variant_id]?.availability ?? 0)) }))
    .filter((w) => itemMatch || w.available < w.quantity)
  if (!short.length) {
    return null
  }
  return short
    .map((w) => shortageMessage(pieceLabel(byId.get(w.variant_id) ?? {}), w.available, w.quantity))
    .join(" ")
}

const coreErrorHandler = errorHandler()

/**
 * Medusa's error handler, with stock errors reworded for shoppers (same status and type: only the
 * message changes). A failure while rewording leaves Medusa's own message.
 */
export function shopperErrorHandler() {
  return async function gelarErrorHandler(
    err: MedusaError,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    try {
      const reworded = req.scope ? await soldOutMessage(err, req) : null
      if (reworded) {
        err.message = reworded
      }
      if (LOCK_TIMEOUT.test(err?.message ?? "")) {
        // Many shoppers completing at once for the same piece, and it is not sold out yet: ask for a retry.
        err = new MedusaError(
          MedusaError.Types.CONFLICT,
          "Many shoppers are buying this piece right now. Please try again."
        )
      } else if (reworded && !(err as { type?: string }).type) {
        // A lock timeout reworded as sold out: a shopper's problem to fix, not a server error.
        err = new MedusaError(MedusaError.Types.NOT_ALLOWED, reworded, MedusaError.Codes.INSUFFICIENT_INVENTORY)
      }
    } catch (e) {
      req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not reword a stock error: ${(e as Error).message}`)
    }
    return coreErrorHandler(err, req, res, next)
  }
}
