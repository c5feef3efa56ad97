import { MedusaService } from "@medusajs/framework/utils"
import { Exhibition } from "./models/exhibition"
import { ExhibitionFeaturedItem } from "./models/exhibition-featured-item"
import { ExhibitionParticipant } from "./models/exhibition-participant"

/** CRUD for exhibitions, participants and featured items; the rules live in the exhibition workflows. */
class ExhibitionModuleService extends MedusaService({
  Exhibition,
  ExhibitionParticipant,
  ExhibitionFeaturedItem,
}) {}

export default ExhibitionModuleService
