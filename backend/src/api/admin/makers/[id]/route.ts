import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateMakerWorkflow } from "../../../../workflows/maker/update-maker"
import type { AdminUpdateMakerType } from "../validators"

/** A maker with all fields and its products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker",
    fields: ["*", "products.id", "products.title", "products.handle", "products.status", "products.thumbnail"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${req.params.id} was not found`)
  }
  res.json({ maker: data[0] })
}

/** Edits a maker's profile. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateMakerType>, res: MedusaResponse) {
  const { result } = await updateMakerWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ maker: result })
}
