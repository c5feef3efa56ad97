/**
 * Answers of `POST /store/search`, kept per process as the JSON sent, keyed by the normalised request
 * and the publishable key's sales channels, and served only at the search generation they were
 * computed at (`generation.ts`): any index write, by any process, retires them all at the next
 * request. A hit skips the Search Module and the JSON encoding; what remains of the request is
 * Medusa's store middleware (publishable key, body parsing) and one sequence read.
 */

/**
 * An answer is served this long at most even when nothing was written: a bound, not the mechanism
 * (the generation retires answers at once). It covers a reindex whose new version other processes
 * take up from the Search Module's own 30 s to 2 min cache of the active version.
 */
export const SEARCH_ANSWER_TTL_MS = 5 * 60_000
const MAX_ENTRIES = 5_000
/** Answers are ~2-40 kB; this bounds the memory whatever the mix. */
const MAX_BYTES = 64 * 1024 * 1024

type Entry = { generation: string; at: number; body: string }

/**
 * Objects with their keys sorted at every level, so `{a, b}` and `{b, a}` are one request. Strings stay
 * as sent: the answer echoes the query text (the provider's own cache, below, folds case and spaces).
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical)
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .filter((key) => (value as any)[key] !== undefined)
        .map((key) => [key, canonical((value as any)[key])])
    )
  }
  return value
}

/**
 * The cache key of a search request: the whole body (index, query text, filters, sort, page, facets,
 * count mode, fields) in canonical form, plus the sales channels the publishable key scopes it to,
 * which Medusa's route adds to the filters after this point.
 */
export function searchAnswerKey(body: unknown, salesChannelIds: readonly string[]): string {
  return JSON.stringify([canonical(body), [...salesChannelIds].sort()])
}

/** A bounded map of answers, oldest evicted first. */
export class SearchAnswerCache {
  private readonly entries_ = new Map<string, Entry>()
  private bytes_ = 0

  constructor(private readonly ttlMs = SEARCH_ANSWER_TTL_MS) {}

  /** The answer stored for `key` at `generation`, if still fresh. */
  get(key: string, generation: string, now = Date.now()): string | undefined {
    const entry = this.entries_.get(key)
    if (!entry) {
      return undefined
    }
    if (entry.generation !== generation || now - entry.at >= this.ttlMs) {
      this.delete(key)
      return undefined
    }
    return entry.body
  }

  /** Stores an answer computed at `generation` (read before it was computed, so a write meanwhile retires it). */
  set(key: string, generation: string, body: string, now = Date.now()): void {
    this.delete(key)
    if (body.length > MAX_BYTES / 16) {
      return
    }
    while (this.entries_.size >= MAX_ENTRIES || this.bytes_ + body.length > MAX_BYTES) {
      this.delete(this.entries_.keys().next().value as string)
    }
    this.entries_.set(key, { generation, at: now, body })
    this.bytes_ += body.length
  }

  get size(): number {
    return this.entries_.size
  }

  private delete(key: string): void {
    const entry = this.entries_.get(key)
    if (entry) {
      this.bytes_ -= entry.body.length
      this.entries_.delete(key)
    }
  }
}
