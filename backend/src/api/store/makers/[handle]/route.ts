import { exhibitionStatus } from "@gelar/shared"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { currentTime } from "../../../../lib/clock"
import { PUBLIC_MAKER_FIELDS } from "../fields"

/**
 * An approved maker with its people and its booth at the live exhibition (or, before it opens,
 * at the next one). Pending and suspended makers do not exist for the store.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "maker",
    fields: [...PUBLIC_MAKER_FIELDS, "status"],
    filters: { handle: req.params.handle, status: "approved" },
  })
  const found = data[0] as Record<string, unknown> | undefined
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No maker with the handle "${req.params.handle}"`)
  }
  const { status: _status, ...maker } = found
  const { data: participations } = await query.graph({
    entity: "exhibition_participant",
    fields: ["booth_code", "exhibition.handle", "exhibition.starts_at", "exhibition.ends_at"],
    filters: { maker_id: maker.id as string },
  })
  const now = currentTime(req.scope)
  const open = (participations as any[])
    .filter((p) => p.exhibition && exhibitionStatus(p.exhibition, now) !== "closed")
    .sort((a, b) => new Date(a.exhibition.starts_at).getTime() - new Date(b.exhibition.starts_at).getTime())
  const live = open.find((p) => exhibitionStatus(p.exhibition, now) === "live")
  const chosen = live ?? open[0]
  res.json({
    maker: {
      ...maker,
      booth: chosen ? { exhibition_handle: chosen.exhibition.handle, booth_code: chosen.booth_code } : null,
    },
  })
}
