import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { uploadMakerImagesWorkflow } from "../../../workflows/maker-portal/upload-maker-images"
import type { MakerRequest } from "../access"
import type { MakerListImagesQueryType } from "../validators"
import { MAKER_IMAGE_FIELDS } from "./fields"

/** The signed-in maker's pictures, newest first: `{ images, count, offset, limit }`. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  const { offset, limit } = req.validatedQuery as MakerListImagesQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "maker_image",
    fields: MAKER_IMAGE_FIELDS,
    filters: { maker_id: req.maker_actor.maker_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ images: data, count: metadata?.count ?? data.length, offset, limit })
}

/** Uploads pictures (multipart field `files`) as the maker's own (201). */
export async function POST(req: MakerRequest, res: MedusaResponse) {
  const files = ((req as { files?: Express.Multer.File[] }).files ?? []).map((f) => ({
    filename: f.originalname,
    mime_type: f.mimetype,
    content: f.buffer.toString("base64"),
  }))
  const { result } = await uploadMakerImagesWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, files },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker_image",
    fields: MAKER_IMAGE_FIELDS,
    filters: { id: result.map((r) => r.id) },
  })
  const byId = new Map(data.map((d) => [d.id, d]))
  res.status(201).json({ images: result.map((r) => byId.get(r.id)) })
}
