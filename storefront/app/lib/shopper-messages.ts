import type { Dictionary } from "./i18n"

/**
 * The backend's stock refusals (backend/src/api/store/carts/sold-out-errors.ts) are English
 * sentences with a fixed shape, one per piece; the js-sdk passes on only the message, not the
 * error's code, so the sentence shapes are the contract. Each known sentence becomes the
 * visitor's language; anything else is shown as the backend wrote it.
 */
const SOLD_OUT = /"([^"]+)"(?: \(([^)]+)\))? is sold out: another shopper bought the last one\. Remove it from your cart to continue\./g
const ONLY_LEFT = /Only (\d+) of "([^"]+)"(?: \(([^)]+)\))? left: you asked for (\d+)\./g
const BUSY = /Many shoppers are buying this piece right now\. Please try again\./

const named = (title: string, variant?: string) => (variant ? `${title} (${variant})` : title)

/** The backend's message for a refused cart change or order, in the dictionary's language. */
export function shopperMessage(message: string, t: Dictionary): string {
  if (BUSY.test(message)) return t.stockMessages.busy
  const parts: string[] = []
  for (const m of message.matchAll(SOLD_OUT)) parts.push(t.stockMessages.soldOut(named(m[1], m[2])))
  for (const m of message.matchAll(ONLY_LEFT)) parts.push(t.stockMessages.onlyLeft(Number(m[1]), named(m[2], m[3]), Number(m[4])))
  return parts.length ? parts.join(" ") : message
}
