import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SHIPPING_OPTION_CODES } from "../../../lib/constants"
import { currentTime } from "../../../lib/clock"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

export type PickupOrder = {
  id: string
  display_id: number
  created_at: string
  shopper: { name: string; email: string | null }
  items: { id: string; title: string; variant_title: string | null; quantity: number }[]
  /** The order's payment: `completed` once paid (a bank transfer marked paid), else Medusa's collection status. */
  payment_status: string
  /** How far the maker has got with its part: new, packed, ready_for_pickup (or shipped). */
  maker_status: string
}
export type PickupBooth = { booth_code: string; maker: { id: string; name: string }; orders: PickupOrder[] }

/** The exhibition asked for: an id, or `current` (live now, else the next to open). */
async function findExhibition(query: Query, scope: MedusaContainer, wanted: string) {
  const fields = ["id", "handle", "title_id", "title_en", "starts_at", "ends_at", "participants.booth_code", "participants.maker_id", "participants.maker.name"]
  if (wanted !== "current") {
    const { data } = await query.graph({ entity: "exhibition", fields, filters: { id: wanted } })
    if (!data[0]) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition "${wanted}" was not found`)
    }
    return data[0]
  }
  const now = currentTime(scope)
  const { data } = await query.graph({ entity: "exhibition", fields, filters: { ends_at: { $gte: now } }, pagination: { order: { starts_at: "ASC" } } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No exhibition is running or coming up: give an exhibition id")
  }
  return data[0]
}

/**
 * The exhibition's booth-pickup orders grouped by booth: each booth lists the orders holding its
 * maker's pieces, with only those lines, the shopper, the payment and the maker's own progress.
 * Reads across modules through query.graph: participants (exhibition), the makers' parts of orders
 * (maker), the orders and the pickup shipping option (Medusa's).
 */
export async function pickupOrdersByBooth(scope: MedusaContainer, wanted: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const exhibition = await findExhibition(query, scope, wanted)
  const participants = (exhibition.participants ?? []) as { booth_code: string; maker_id: string; maker?: { name: string } }[]
  const boothOf = new Map(participants.map((p) => [p.maker_id, p]))
  const [{ data: parts }, { data: options }] = await Promise.all([
    participants.length
      ? query.graph({
          entity: "maker_order",
          fields: ["order_id", "maker_id", "line_item_ids", "status"],
          filters: { maker_id: participants.map((p) => p.maker_id) },
        })
      : Promise.resolve({ data: [] }),
    query.graph({ entity: "shipping_option", fields: ["id", "type.code"] }),
  ])
  const pickupOptionIds = new Set(
    (options as { id: string; type?: { code?: string } }[]).filter((o) => o.type?.code === SHIPPING_OPTION_CODES.boothPickup).map((o) => o.id)
  )
  const orderIds = [...new Set((parts as { order_id: string }[]).map((p) => p.order_id))]
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "created_at",
          "email",
          "status",
          "shipping_address.first_name",
          "shipping_address.last_name",
          "customer.first_name",
          "customer.last_name",
          "items.id",
          "items.title",
          "items.variant_title",
          "items.quantity",
          "shipping_methods.shipping_option_id",
          "payment_collections.status",
        ],
        filters: { id: orderIds },
      })
    : { data: [] }
  const pickupOrders = new Map(
    (orders as any[])
      .filter((o) => o.status !== "canceled" && (o.shipping_methods ?? []).some((m: any) => pickupOptionIds.has(m?.shipping_option_id)))
      .map((o) => [o.id, o])
  )
  const booths = new Map<string, PickupBooth>()
  for (const part of parts as { order_id: string; maker_id: string; line_item_ids: string[]; status: string }[]) {
    const order = pickupOrders.get(part.order_id)
    const participant = boothOf.get(part.maker_id)
    if (!order || !participant) continue
    const booth =
      booths.get(participant.booth_code) ??
      booths
        .set(participant.booth_code, {
          booth_code: participant.booth_code,
          maker: { id: part.maker_id, name: participant.maker?.name ?? "" },
          orders: [],
        })
        .get(participant.booth_code)!
    const name = [order.shipping_address?.first_name ?? order.customer?.first_name, order.shipping_address?.last_name ?? order.customer?.last_name]
      .filter(Boolean)
      .join(" ")
    booth.orders.push({
      id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      shopper: { name, email: order.email ?? null },
      items: (order.items ?? [])
        .filter((i: any) => part.line_item_ids.includes(i.id))
        .map((i: any) => ({ id: i.id, title: i.title, variant_title: i.variant_title ?? null, quantity: Number(i.quantity) })),
      payment_status: order.payment_collections?.[0]?.status ?? "not_paid",
      maker_status: part.status,
    })
  }
  const sorted = [...booths.values()]
    .sort((a, b) => a.booth_code.localeCompare(b.booth_code, "id", { numeric: true }))
    .map((b) => ({ ...b, orders: b.orders.sort((x, y) => x.display_id - y.display_id) }))
  return {
    exhibition: { id: exhibition.id, handle: exhibition.handle, title_id: exhibition.title_id, title_en: exhibition.title_en },
    booths: sorted,
    count: sorted.reduce((n, b) => n + b.orders.length, 0),
  }
}
