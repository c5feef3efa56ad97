import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteMakerImageWorkflow } from "../../../../workflows/maker-portal/delete-maker-image"
import type { MakerRequest } from "../../access"
import { MAKER_IMAGE_FIELDS } from "../fields"

/** One of the maker's pictures; another maker's is a 404. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker_image",
    fields: MAKER_IMAGE_FIELDS,
    filters: { id: req.params.id, maker_id: req.maker_actor.maker_id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image ${req.params.id} was not found`)
  }
  res.json({ image: data[0] })
}

/** Deletes one of the maker's pictures and its files, unless a piece or the profile still shows it. */
export async function DELETE(req: MakerRequest, res: MedusaResponse) {
  const { result } = await deleteMakerImageWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, id: req.params.id },
  })
  res.json(result)
}
