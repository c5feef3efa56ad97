import type { SearchTypes } from "@medusajs/framework/types"
import { productIndexFields } from "../../lib/search/product-index-fields"

/** The product index definition as the Search Module resolves it, for the provider's tests. */
export function productDefinitionForTests(physicalName: string): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "search-meilisearch",
    settings: {},
    definition_hash: "test",
    physical_name: physicalName,
    fields: productIndexFields.toFields(),
    seed: async function* () {},
  } as unknown as SearchTypes.ResolvedSearchIndexDefinition
}
