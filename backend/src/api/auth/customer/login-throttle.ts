import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Attempts allowed per IP address and email within the window. */
export const LOGIN_ATTEMPTS = 5
export const LOGIN_WINDOW_MS = 60_000

/**
 * Counts login attempts per IP address and email in this process, in a sliding one-minute window,
 * and answers the sixth with 429 and Retry-After. Kept in memory: one backend process serves the
 * store here; with several, this becomes a Redis counter.
 */
export function loginThrottle(now: () => number = Date.now) {
  const attempts = new Map<string, number[]>()
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const email = String((req.body as { email?: unknown })?.email ?? "").trim().toLowerCase()
    const key = `${req.ip}|${email}`
    const t = now()
    const recent = (attempts.get(key) ?? []).filter((at) => t - at < LOGIN_WINDOW_MS)
    if (recent.length >= LOGIN_ATTEMPTS) {
      const retryAfter = Math.max(1, Math.ceil((recent[0] + LOGIN_WINDOW_MS - t) / 1000))
      attempts.set(key, recent)
      res.setHeader("Retry-After", String(retryAfter))
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many login attempts for this email. Try again in ${retryAfter} seconds.`,
      })
      return
    }
    recent.push(t)
    attempts.set(key, recent)
    if (attempts.size > 10_000) {
      for (const [k, times] of attempts) {
        if (!times.some((at) => t - at < LOGIN_WINDOW_MS)) attempts.delete(k)
      }
    }
    next()
  }
}
