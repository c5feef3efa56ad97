import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { staleFeaturedProductIds } from "../lib/search/product-events"

/**
 * Keeps the search index's `featured` flag in step with the clock: an exhibition opening or closing
 * changes which products are featured without any event, so once a minute the products whose flag
 * disagrees with the current exhibition are sent through the index's own exhibition event handling.
 */
export default async function searchFeaturingJob(container: MedusaContainer): Promise<void> {
  const search = container.resolve(Modules.SEARCH) as any
  const index = ((await search.listIndexes()) as { name: string; status: string }[]).find((i) => i.name === "product")
  // Before its first seeding the index has nothing to correct: the seeding reads the featuring itself.
  if (index?.status !== "ready") {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = await staleFeaturedProductIds(query as any)
  if (!productIds.length) {
    return
  }
  await search.ingest({ name: "exhibition.exhibition.updated", data: { product_ids: productIds } })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Search: featuring changed with the exhibition calendar, reindexed ${productIds.length} product(s)`)
}

export const config = {
  name: "search-featuring",
  schedule: "* * * * *",
}
