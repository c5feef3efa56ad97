import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * `npx medusa exec ./src/scripts/search-reindex.ts`: rebuilds the product search index from the
 * database, for instance after a bulk load that wrote products without events. It builds a new version
 * beside the one serving shoppers and switches over when it is complete. It calls the Search Module
 * directly rather than `reindexSearchIndexesWorkflow`, whose step runs in the background: a command
 * should return when the index is rebuilt (the admin's trigger uses the workflow).
 */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve(Modules.SEARCH)
  const started = Date.now()
  const { job_id } = await search.reindex({ index: "product" })
  const [product] = (await search.listIndexes()).filter((index) => index.name === "product")
  logger.info(
    `Search index "product" rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(job ${job_id}, provider ${product?.provider}, status ${product?.status})`
  )
}
