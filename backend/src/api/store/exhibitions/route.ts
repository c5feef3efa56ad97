import { exhibitionStatus } from "@gelar/shared"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentTime } from "../../../lib/clock"
import { EXHIBITION_FIELDS } from "./fields"
import type { StoreListExhibitionsQueryType } from "./validators"

/**
 * Exhibitions with their derived status: `current` are live now, `upcoming` have not opened
 * (soonest first), `archive` have closed (latest first); without `when`, all, latest first.
 */
export async function GET(req: MedusaRequest<unknown, StoreListExhibitionsQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { when, offset, limit } = req.validatedQuery as StoreListExhibitionsQueryType
  const now = currentTime(req.scope)
  const filters =
    when === "current"
      ? { starts_at: { $lte: now }, ends_at: { $gt: now } }
      : when === "upcoming"
        ? { starts_at: { $gt: now } }
        : when === "archive"
          ? { ends_at: { $lte: now } }
          : {}
  const { data, metadata } = await query.graph({
    entity: "exhibition",
    fields: EXHIBITION_FIELDS,
    filters,
    pagination: {
      skip: offset,
      take: limit,
      order: { starts_at: when === "current" || when === "upcoming" ? "ASC" : "DESC" },
    },
  })
  const exhibitions = data.map((e: any) => ({ ...e, status: exhibitionStatus(e, now) }))
  res.json({ exhibitions, count: metadata?.count ?? exhibitions.length, offset, limit })
}
