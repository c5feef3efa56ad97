import Medusa from "@medusajs/js-sdk"

/** The admin's JS SDK: the dashboard is served by the backend itself, so the API is on the same origin. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** The message of a failed SDK request, as the backend wrote it for a person. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
