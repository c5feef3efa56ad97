import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../../../modules/maker"
import type { MakerRequest } from "../../access"
import { makerOrderViews } from "../view"

/** One of the maker's order parts; another maker's is a 404. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  const service: MakerModuleService = req.scope.resolve(MAKER_MODULE)
  const rows = await service.listMakerOrders({ id: req.params.id, maker_id: req.maker_actor.maker_id }, { take: 1 })
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const [order] = await makerOrderViews(req.scope, rows)
  res.json({ order })
}
