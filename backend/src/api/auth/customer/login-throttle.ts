import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Attempts allowed per IP address and email within the window. */
export const LOGIN_ATTEMPTS = 5
export const LOGIN_WINDOW_MS = 60_000

/**
 * Attempts allowed per email from all addresses together. `req.ip` is only as true as the
 * X-Forwarded-For that Medusa's `trust proxy` believes: a client that reaches the backend directly can
 * name a new address on every try, and every shopper signing in through the storefront shares its
 * address. This bound holds whatever the address says: 20 guesses in 15 minutes per account.
 */
export const LOGIN_ATTEMPTS_PER_EMAIL = 20
export const LOGIN_EMAIL_WINDOW_MS = 15 * 60_000

/** Sliding windows of attempt times per key, in this process, forgetting keys that went quiet. */
class AttemptWindows {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  waitFor(key: string, t: number): number {
    const recent = (this.attempts.get(key) ?? []).filter((at) => t - at < this.windowMs)
    this.attempts.set(key, recent)
    return recent.length >= this.limit ? Math.max(1, Math.ceil((recent[0] + this.windowMs - t) / 1000)) : 0
  }

  record(key: string, t: number): void {
    this.attempts.get(key)!.push(t)
    if (this.attempts.size > 10_000) {
      for (const [k, times] of this.attempts) {
        if (!times.some((at) => t - at < this.windowMs)) this.attempts.delete(k)
      }
    }
  }
}

/**
 * Counts login attempts per IP address and email (5 a minute) and per email alone (20 in 15
 * minutes), and answers one over either limit with 429 and Retry-After. Kept in memory: one backend
 * process serves the store here; with several, this becomes a Redis counter.
 */
export function loginThrottle(now: () => number = Date.now) {
  const perAddress = new AttemptWindows(LOGIN_ATTEMPTS, LOGIN_WINDOW_MS)
  const perEmail = new AttemptWindows(LOGIN_ATTEMPTS_PER_EMAIL, LOGIN_EMAIL_WINDOW_MS)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const email = String((req.body as { email?: unknown })?.email ?? "").trim().toLowerCase()
    const addressKey = `${req.ip}|${email}`
    const t = now()
    const retryAfter = Math.max(perAddress.waitFor(addressKey, t), perEmail.waitFor(email, t))
    if (retryAfter > 0) {
      res.setHeader("Retry-After", String(retryAfter))
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many login attempts for this email. Try again in ${retryAfter} seconds.`,
      })
      return
    }
    perAddress.record(addressKey, t)
    perEmail.record(email, t)
    next()
  }
}
