/**
 * One PostgreSQL sequence counts the writes to every search index of the Postgres provider. The
 * provider bumps it after each upsert, delete, clear, index creation and drop, in whichever process
 * writes (the worker in production: subscribers, reindex, the featuring job), so every server process
 * reads the same value without Redis. Cached `/store/search` answers are keyed by it.
 */
export const SEARCH_GENERATION_SEQUENCE = "gelar_search_generation"

type Knex = { raw: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** Creates the sequence when missing (idempotent). */
export const CREATE_GENERATION_SQL = `CREATE SEQUENCE IF NOT EXISTS "${SEARCH_GENERATION_SEQUENCE}"`

/** Bumps the generation: every answer computed before is retired. */
export const BUMP_GENERATION_SQL = `SELECT nextval('"${SEARCH_GENERATION_SEQUENCE}"'::regclass)`

/**
 * The current generation, or undefined when the sequence does not exist yet (no Postgres-provider
 * index has been written since it was introduced, or another engine serves search): callers then
 * do not cache.
 */
export async function readSearchGeneration(db: Knex): Promise<string | undefined> {
  try {
    const { rows } = await db.raw(
      `SELECT last_value::text || ':' || is_called::text AS generation FROM "${SEARCH_GENERATION_SEQUENCE}"`
    )
    return rows[0] ? String(rows[0].generation) : undefined
  } catch (error: any) {
    if (error?.code === "42P01") {
      return undefined
    }
    throw error
  }
}

const inFlight = new WeakMap<Knex, Promise<string | undefined>>()

/**
 * `readSearchGeneration`, with the requests that arrive while a read is under way sharing that read:
 * at 50 concurrent searches one sequence read serves many of them. A shared read started at most one
 * query's time before the request, which adds nothing a shopper could notice to the index's own lag
 * (the subscribers write after the change is committed).
 */
export function readSearchGenerationShared(db: Knex): Promise<string | undefined> {
  const pending = inFlight.get(db)
  if (pending) {
    return pending
  }
  const read = readSearchGeneration(db).finally(() => inFlight.delete(db))
  inFlight.set(db, read)
  return read
}
