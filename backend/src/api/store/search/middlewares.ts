import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readSearchGenerationShared } from "../../../lib/search/generation"
import { SearchAnswerCache, searchAnswerKey } from "../../../lib/search/result-cache"
import { GelarSearchBatch, GelarSearchQuery } from "./validators"

/**
 * Rejects what a shopper's client can get wrong with a 400 naming the problem. It only reads the
 * body: Medusa's own validator still shapes it for the route.
 */
export function checkStoreSearch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const schema = "queries" in body ? GelarSearchBatch : GelarSearchQuery
  const result = schema.safeParse(body)
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((issue) => issue.message))]
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; ")))
  }
  next()
}

/**
 * Off with Meilisearch (its provider keeps no generation; it answers fast itself) and with
 * `GELAR_SEARCH_RESULT_CACHE=off` (benchmarks of the engine).
 */
const ANSWER_CACHE_ENABLED = !process.env.MEILISEARCH_HOST && process.env.GELAR_SEARCH_RESULT_CACHE !== "off"
const answers = new SearchAnswerCache()

/**
 * Serves a search answered before at the same search generation for the same request and sales
 * channels (`lib/search/result-cache.ts`), else lets Medusa's route answer and keeps a 200 answer.
 * `X-Search-Cache: hit | miss` says which.
 */
export async function cacheStoreSearch(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const channels = (req as any).publishable_key_context?.sales_channel_ids as string[] | undefined
  if (!ANSWER_CACHE_ENABLED || !channels?.length) {
    return next()
  }
  const generation = await readSearchGenerationShared(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  if (generation === undefined) {
    return next()
  }
  const key = searchAnswerKey(req.body, channels)
  const cached = answers.get(key, generation)
  if (cached !== undefined) {
    res.setHeader("X-Search-Cache", "hit")
    res.type("application/json")
    res.send(cached)
    return
  }
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    res.setHeader("X-Search-Cache", "miss")
    if (res.statusCode !== 200) {
      return json(body)
    }
    const text = JSON.stringify(body)
    answers.set(key, generation, text)
    res.type("application/json")
    return res.send(text)
  }
  next()
}

/** `/store/search` serves the product index only, behind Gelar's input checks. */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [
      checkStoreSearch,
      configureStoreSearch({ allowed_indexes: { product: true } }),
      cacheStoreSearch,
    ],
  },
]
