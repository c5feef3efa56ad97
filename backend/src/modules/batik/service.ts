import { MedusaService } from "@medusajs/framework/utils"
import { BatikAttributes } from "./models/batik-attributes"

/** CRUD for batik attributes; validation happens in the batik workflows. */
class BatikModuleService extends MedusaService({ BatikAttributes }) {}

export default BatikModuleService
