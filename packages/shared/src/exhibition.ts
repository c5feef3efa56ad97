/** Where an exhibition stands relative to a given instant. */
export type ExhibitionStatus = "scheduled" | "live" | "closed"

/**
 * Derives the status from the clock: `scheduled` before `starts_at`, `live` from `starts_at`
 * (inclusive) until `ends_at` (exclusive), `closed` from `ends_at` on. `now` is a parameter so
 * callers and tests choose the instant.
 */
export function exhibitionStatus(
  exhibition: { starts_at: Date | string; ends_at: Date | string },
  now: Date
): ExhibitionStatus {
  const t = now.getTime()
  if (t < new Date(exhibition.starts_at).getTime()) {
    return "scheduled"
  }
  return t < new Date(exhibition.ends_at).getTime() ? "live" : "closed"
}
