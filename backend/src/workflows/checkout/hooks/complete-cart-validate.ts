import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { pieceLabel, shortageMessage } from "../../../lib/stock-messages"
import { assertSoldInChannel } from "../../maker/hooks/carts-sell-only-channel-products"

type CartLine = {
  quantity: number | string
  variant_id?: string | null
  variant?: { manage_inventory?: boolean | null; allow_backorder?: boolean | null } | null
}
type CartSnapshot = {
  completed_at?: string | Date | null
  sales_channel_id?: string | null
  items?: (CartLine | null)[] | null
}

/**
 * Refuses a cart holding more of a piece than is left, naming the piece. Medusa checks stock only
 * when it reserves, in a step that runs beside four others after the order was created; a refusal
 * there is a failure among running siblings, which the in-memory workflow engine can leave
 * uncompensated (decision 004). Checked here, before anything is written, a sold-out piece ends
 * the completion with nothing to undo.
 */
export async function assertInStock(container: MedusaContainer, cart: CartSnapshot) {
  const wanted = new Map<string, number>()
  for (const line of cart.items ?? []) {
    if (!line?.variant_id || !line.variant?.manage_inventory || line.variant.allow_backorder) continue
    wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + Number(line.quantity))
  }
  if (!wanted.size || !cart.sales_channel_id) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...wanted.keys()]
  const [availability, { data: variants }] = await Promise.all([
    getVariantAvailability(query, { variant_ids: ids, sales_channel_id: cart.sales_channel_id }),
    query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: ids } }),
  ])
  const byId = new Map((variants as { id: string; title?: string | null; product?: { title?: string | null } }[]).map((v) => [v.id, v]))
  const short = ids
    .map((id) => ({ id, want: wanted.get(id)!, left: Math.max(0, Number(availability[id]?.availability ?? 0)) }))
    .filter((s) => s.left < s.want)
  if (short.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      short.map((s) => shortageMessage(pieceLabel(byId.get(s.id) ?? {}), s.left, s.want)).join(" "),
      MedusaError.Codes.INSUFFICIENT_INVENTORY
    )
  }
}

// One handler per core-flow hook: every check on completion lives here.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const c = cart as CartSnapshot
  // A completed cart asked again returns its order: its own reservation must not read as "sold out".
  if (c.completed_at) {
    return
  }
  await assertSoldInChannel(
    container,
    (c.items ?? []).map((item) => item?.variant_id!).filter(Boolean),
    c.sales_channel_id
  )
  await assertInStock(container, c)
})
