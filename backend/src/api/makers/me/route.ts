import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MakerRequest } from "../access"

/** The fields a maker sees of its own profile; fixed, so no `fields=` can reach further. */
export const MAKER_PROFILE_FIELDS = [
  "id", "handle", "name", "size_class", "district", "sentra", "story_id", "story_en", "founded_year", "people",
  "email", "phone", "whatsapp", "pickup_address", "logo_url", "photos", "status",
]

/** The signed-in person and its maker's profile. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: users }, { data: makers }] = await Promise.all([
    query.graph({ entity: "maker_user", fields: ["id", "email", "name"], filters: { id: req.maker_actor.user_id } }),
    query.graph({ entity: "maker", fields: MAKER_PROFILE_FIELDS, filters: { id: req.maker_actor.maker_id } }),
  ])
  res.json({ user: users[0], maker: makers[0] })
}
