import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../../../../modules/maker"

/**
 * How far each maker has got with its part of an order (issue 7), for the shopper's order page:
 * `{ parts: [{ maker: { handle, name }, status, tracking_number, line_item_ids }] }`. Names no
 * customer data; an unknown order gives an empty list.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service: MakerModuleService = req.scope.resolve(MAKER_MODULE)
  const rows = await service.listMakerOrders({ order_id: req.params.id }, { order: { created_at: "ASC" } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: makers } = rows.length
    ? await query.graph({ entity: "maker", fields: ["id", "handle", "name"], filters: { id: rows.map((r) => r.maker_id) } })
    : { data: [] }
  const byId = new Map((makers as { id: string; handle: string; name: string }[]).map((m) => [m.id, m]))
  res.json({
    parts: rows.map((r) => ({
      maker: { handle: byId.get(r.maker_id)?.handle, name: byId.get(r.maker_id)?.name },
      status: r.status,
      tracking_number: r.tracking_number,
      line_item_ids: r.line_item_ids,
    })),
  })
}
