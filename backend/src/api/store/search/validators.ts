import { z } from "@medusajs/framework/zod"
import { MAX_QUERY_LENGTH } from "../../../lib/search/query-plan"

const searchText = z
  .string({ message: "filters.q must be text" })
  .max(MAX_QUERY_LENGTH, `The search text can be at most ${MAX_QUERY_LENGTH} characters long`)

/**
 * Gelar's checks on a `/store/search` query, on top of Medusa's own schema (which already rejects a
 * negative or larger-than-100 `pagination.take`, naming the field). Unknown filter, facet and sort
 * fields are rejected by the Search Module itself, with a message naming the field.
 */
export const GelarSearchQuery = z
  .object({
    filters: z.object({ q: searchText.optional() }).passthrough().optional(),
  })
  .passthrough()

/** InstantSearch's batch of queries, each checked like a single one. */
export const GelarSearchBatch = z.object({ queries: z.array(GelarSearchQuery) }).passthrough()

export type GelarSearchQueryType = z.infer<typeof GelarSearchQuery>
