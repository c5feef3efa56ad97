const JAKARTA_OFFSET_MS = 7 * 3600 * 1000

/** An instant as the `YYYY-MM-DDTHH:mm` wall-clock time in Asia/Jakarta (UTC+7, no daylight saving). */
export function toJakartaInput(iso: string): string {
  return new Date(new Date(iso).getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 16)
}

/** A `datetime-local` value read as Asia/Jakarta wall-clock time, with its offset for the API. */
export function fromJakartaInput(value: string): string {
  return `${value}:00+07:00`
}

/** An instant for organisers to read, e.g. "3 Des 2026 09.00 WIB". */
export function formatJakarta(iso: string): string {
  return `${new Date(iso).toLocaleString("id-ID", {
    timeZone: "Asia/Jakarta",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  })} WIB`
}
