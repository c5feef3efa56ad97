import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendMakerWorkflow } from "../../../../../workflows/maker/suspend-maker"

/** Suspends a maker: it and its products disappear from the store. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await suspendMakerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ maker: result })
}
