import { exhibitionStatus } from "@gelar/shared"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentTime } from "../../../lib/clock"
import { createExhibitionWorkflow } from "../../../workflows/exhibition/create-exhibition"
import type { AdminCreateExhibitionType, AdminListExhibitionsQueryType } from "./validators"

/** All exhibitions, latest first, with status and counts of participants and featured items. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListExhibitionsQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { offset, limit } = req.validatedQuery as AdminListExhibitionsQueryType
  const { data, metadata } = await query.graph({
    entity: "exhibition",
    fields: ["*", "participants.id", "featured_items.id"],
    pagination: { skip: offset, take: limit, order: { starts_at: "DESC" } },
  })
  const now = currentTime(req.scope)
  const exhibitions = data.map(({ participants, featured_items, ...e }: any) => ({
    ...e,
    status: exhibitionStatus(e, now),
    participant_count: (participants ?? []).length,
    featured_count: (featured_items ?? []).length,
  }))
  res.json({ exhibitions, count: metadata?.count ?? exhibitions.length, offset, limit })
}

/** Creates an exhibition. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateExhibitionType>, res: MedusaResponse) {
  const { result } = await createExhibitionWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ exhibition: result })
}
