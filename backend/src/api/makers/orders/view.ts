import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type MakerOrderRow = {
  id: string
  order_id: string
  line_item_ids: string[]
  status: string
  tracking_number: string | null
  created_at: Date | string
}

/** What a maker sees of a shopper's order: fixed, only what it needs to hand the pieces over. */
const ORDER_FIELDS = [
  "id", "display_id", "created_at", "email", "currency_code",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone",
  "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city",
  "shipping_address.province", "shipping_address.postal_code", "shipping_address.country_code",
  "shipping_methods.name",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.thumbnail",
  "items.product_id", "items.variant_id", "items.quantity", "items.detail.quantity", "items.unit_price",
]

/**
 * Each maker part as the maker sees it: only its own lines, their total, and the shopper's delivery
 * or pickup details.
 */
export async function makerOrderViews(container: MedusaContainer, rows: MakerOrderRow[]) {
  if (!rows.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(rows.map((r) => r.order_id))] },
  })
  const byId = new Map((orders as Record<string, any>[]).map((o) => [o.id, o]))
  return rows.map((row) => {
    const order = byId.get(row.order_id) ?? {}
    const own = new Set(row.line_item_ids)
    type Line = { id: string; quantity?: number; unit_price: number; detail?: { quantity: number } }
    const items = ((order.items ?? []) as Line[])
      .filter((i) => own.has(i.id))
      .map(({ detail, ...i }) => {
        const quantity = MathBN.convert(i.quantity ?? detail?.quantity ?? 0).toNumber()
        return { ...i, quantity, total: MathBN.mult(i.unit_price, quantity).toNumber() }
      })
    return {
      id: row.id,
      status: row.status,
      tracking_number: row.tracking_number,
      created_at: row.created_at,
      order_display_id: order.display_id,
      email: order.email,
      currency_code: order.currency_code,
      shipping_address: order.shipping_address ?? null,
      delivery: ((order.shipping_methods ?? []) as { name: string }[]).map((m) => m.name).join(", "),
      items,
      total: items.reduce((sum, i) => sum + i.total, 0),
    }
  })
}
