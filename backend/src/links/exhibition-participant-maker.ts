import { defineLink } from "@medusajs/framework/utils"
import ExhibitionModule from "../modules/exhibition"
import MakerModule from "../modules/maker"

// Read-only: the participant owns `maker_id`; this only lets query.graph expand `participant.maker`.
export default defineLink(
  { linkable: ExhibitionModule.linkable.exhibitionParticipant, field: "maker_id" },
  MakerModule.linkable.maker,
  { readOnly: true }
)
