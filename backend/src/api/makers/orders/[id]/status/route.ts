import type { MedusaResponse } from "@medusajs/framework/http"
import { MAKER_MODULE, type MakerModuleService } from "../../../../../modules/maker"
import { setMakerOrderStatusWorkflow } from "../../../../../workflows/maker-portal/set-maker-order-status"
import type { MakerRequest } from "../../../access"
import type { MakerSetOrderStatusType } from "../../../validators"
import { makerOrderViews } from "../../view"

/** Marks the maker's part of an order packed, shipped (with tracking number) or ready for pickup. */
export async function POST(req: MakerRequest & { validatedBody: MakerSetOrderStatusType }, res: MedusaResponse) {
  await setMakerOrderStatusWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, id: req.params.id, ...req.validatedBody },
  })
  const service: MakerModuleService = req.scope.resolve(MAKER_MODULE)
  const [order] = await makerOrderViews(req.scope, await service.listMakerOrders({ id: req.params.id }))
  res.json({ order })
}
