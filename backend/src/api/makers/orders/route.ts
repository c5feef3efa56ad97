import type { MedusaResponse } from "@medusajs/framework/http"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import type { MakerRequest } from "../access"
import type { MakerListOrdersQueryType } from "../validators"
import { makerOrderViews } from "./view"

/** The signed-in maker's parts of shoppers' orders, newest first: `{ orders, count, offset, limit }`. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  const { offset, limit, status } = req.validatedQuery as MakerListOrdersQueryType
  const service: MakerModuleService = req.scope.resolve(MAKER_MODULE)
  const [rows, count] = await service.listAndCountMakerOrders(
    { maker_id: req.maker_actor.maker_id, ...(status ? { status } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({ orders: await makerOrderViews(req.scope, rows), count, offset, limit })
}
