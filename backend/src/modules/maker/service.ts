import { MedusaService } from "@medusajs/framework/utils"
import { Maker } from "./models/maker"
import { MakerImage } from "./models/maker-image"
import { MakerOrder } from "./models/maker-order"
import { MakerUser } from "./models/maker-user"

/** CRUD for makers; every rule about them lives in the maker workflows. */
class MakerModuleService extends MedusaService({ Maker, MakerUser, MakerOrder, MakerImage }) {}

export default MakerModuleService
