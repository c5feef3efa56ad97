import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickupOrdersByBooth } from "./pickup-orders"
import type { AdminPickupOrdersQueryType } from "./validators"

/** GET /admin/pickup-orders?exhibition=<id|current>: booth-pickup orders grouped by booth, for the organisers. */
export const GET = async (req: MedusaRequest<unknown, AdminPickupOrdersQueryType>, res: MedusaResponse) => {
  res.json(await pickupOrdersByBooth(req.scope, req.validatedQuery.exhibition as string))
}
