import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveMakerWorkflow } from "../../../../../workflows/maker/approve-maker"

/** Approves a maker: it and its products appear in the store. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await approveMakerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ maker: result })
}
