import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { GelarPostgresSearchService } from "./service"

/** Gelar's Postgres search provider: Medusa's, with index-backed typo tolerance and synonyms. */
export default ModuleProvider(Modules.SEARCH, { services: [GelarPostgresSearchService] })
