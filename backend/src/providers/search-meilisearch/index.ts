import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

/** Meilisearch for the Search Module, used when MEILISEARCH_HOST is set (production). */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
