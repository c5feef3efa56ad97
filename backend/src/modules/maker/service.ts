import { MedusaService } from "@medusajs/framework/utils"
import { Maker } from "./models/maker"

/** CRUD for makers; every rule about them lives in the maker workflows. */
class MakerModuleService extends MedusaService({ Maker }) {}

export default MakerModuleService
