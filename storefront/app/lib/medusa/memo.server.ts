type Entry<T> = { value?: T; expires: number; pending?: Promise<T> }

const entries = new Map<string, Entry<unknown>>()
const MAX_ENTRIES = 2000

/**
 * Keeps a backend read for `ttlMs` in this process, shares one request among concurrent callers,
 * and for one more `ttlMs` after expiry answers with the old value while one refresh runs. This keeps
 * a burst of visitors from becoming a burst of identical backend queries. Older values are never
 * answered: the page cache (decision 006) already serves a stale page while it re-renders, and that
 * re-render must read fresh data, or a quiet page would show a change two stale rounds late.
 * Errors are never cached.
 */
export function memo<A extends unknown[], T>(
  name: string,
  ttlMs: number,
  fn: (...args: A) => Promise<T>
): (...args: A) => Promise<T> {
  return (...args: A) => {
    const key = `${name}:${JSON.stringify(args)}`
    const entry = entries.get(key) as Entry<T> | undefined
    const now = Date.now()
    if (entry && "value" in entry && entry.expires > now) return Promise.resolve(entry.value as T)
    const staleOk = entry !== undefined && "value" in entry && now - entry.expires < ttlMs
    if (entry?.pending) return staleOk ? Promise.resolve(entry.value as T) : entry.pending
    const next: Entry<T> = entry ?? { expires: 0 }
    next.pending = fn(...args).then(
      (value) => {
        next.value = value
        next.expires = Date.now() + ttlMs
        next.pending = undefined
        return value
      },
      (error) => {
        next.pending = undefined
        if (!("value" in next)) entries.delete(key)
        throw error
      }
    )
    if (!entry) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
      entries.set(key, next as Entry<unknown>)
    }
    // A recently stale value is answered at once; the refresh above replaces it for the next visitor.
    if (staleOk) {
      next.pending.catch(() => {})
      return Promise.resolve(next.value as T)
    }
    return next.pending
  }
}

/** Forgets one kept read, e.g. a product whose last piece was just sold, so its page says so at once. */
export function forgetMemo(name: string, ...args: unknown[]): void {
  entries.delete(`${name}:${JSON.stringify(args)}`)
}

/** Forgets everything kept (tests start from an empty cache). */
export function clearMemo(): void {
  entries.clear()
}
