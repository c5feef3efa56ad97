import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateOwnMakerProfileWorkflow } from "../../../workflows/maker-portal/update-own-maker-profile"
import type { MakerRequest } from "../access"
import type { MakerUpdateProfileType } from "../validators"

/** The fields a maker sees of its own profile; fixed, so no `fields=` can reach further. */
export const MAKER_PROFILE_FIELDS = [
  "id", "handle", "name", "size_class", "district", "sentra", "story_id", "story_en", "founded_year", "people",
  "email", "phone", "whatsapp", "pickup_address", "logo_url", "photos", "status",
]

async function me(req: MakerRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: users }, { data: makers }] = await Promise.all([
    query.graph({ entity: "maker_user", fields: ["id", "email", "name"], filters: { id: req.maker_actor.user_id } }),
    query.graph({ entity: "maker", fields: MAKER_PROFILE_FIELDS, filters: { id: req.maker_actor.maker_id } }),
  ])
  return { user: users[0], maker: makers[0] }
}

/** The signed-in person and its maker's profile. */
export async function GET(req: MakerRequest, res: MedusaResponse) {
  res.json(await me(req))
}

/** Edits the maker's own profile (story, people, photos and logo from its uploads, pickup address, contacts). */
export async function POST(req: MakerRequest & { validatedBody: MakerUpdateProfileType }, res: MedusaResponse) {
  await updateOwnMakerProfileWorkflow(req.scope).run({
    input: { maker_id: req.maker_actor.maker_id, profile: req.validatedBody },
  })
  res.json(await me(req))
}
