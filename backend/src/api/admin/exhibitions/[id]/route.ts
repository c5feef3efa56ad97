import { exhibitionStatus } from "@gelar/shared"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { currentTime } from "../../../../lib/clock"
import { deleteExhibitionWorkflow } from "../../../../workflows/exhibition/delete-exhibition"
import { updateExhibitionWorkflow } from "../../../../workflows/exhibition/update-exhibition"
import type { AdminUpdateExhibitionType } from "../validators"

/**
 * An exhibition for organisers: participants (any maker status, sorted by booth, with their
 * products to pick from when featuring) and featured items in position order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "exhibition",
    fields: [
      "*",
      "participants.id",
      "participants.booth_code",
      "participants.maker_id",
      "participants.maker.name",
      "participants.maker.handle",
      "participants.maker.status",
      "participants.maker.products.id",
      "participants.maker.products.title",
      "participants.maker.products.status",
      "featured_items.id",
      "featured_items.product_id",
      "featured_items.position",
      "featured_items.note_id",
      "featured_items.note_en",
      "featured_items.product.title",
      "featured_items.product.handle",
      "featured_items.product.thumbnail",
      "featured_items.product.status",
    ],
    filters: { id: req.params.id },
  })
  const exhibition = data[0] as any
  if (!exhibition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition ${req.params.id} was not found`)
  }
  exhibition.participants = (exhibition.participants ?? []).sort((a: any, b: any) =>
    a.booth_code.localeCompare(b.booth_code, "id", { numeric: true })
  )
  exhibition.featured_items = (exhibition.featured_items ?? []).sort((a: any, b: any) => a.position - b.position)
  res.json({ exhibition: { ...exhibition, status: exhibitionStatus(exhibition, currentTime(req.scope)) } })
}

/** Edits an exhibition. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateExhibitionType>, res: MedusaResponse) {
  const { result } = await updateExhibitionWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ exhibition: result })
}

/** Deletes an exhibition with its participants and featured items. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteExhibitionWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "exhibition", deleted: true })
}
