import { vi } from "vitest"

export type Handler = (url: URL, init: RequestInit) => unknown | Response

/** A JSON response with a status, like Medusa's error envelopes. */
export const reply = (status: number, body: unknown = { message: "no" }) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/**
 * Replaces global fetch (which the js-sdk calls) with routes keyed by "METHOD /path". Unknown
 * paths answer 404 like a backend without that endpoint. Returns the recorded requests.
 */
export function fakeBackend(routes: Record<string, Handler>) {
  const calls: { method: string; url: URL; body: unknown; headers: Headers }[] = []
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(input instanceof Request ? input.url : input.toString())
      const method = (init.method ?? "GET").toUpperCase()
      const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined
      calls.push({ method, url, body, headers: new Headers(init.headers) })
      const handler = routes[`${method} ${url.pathname}`]
      if (!handler) return reply(404, { type: "not_found", message: `No route ${url.pathname}` })
      const result = await handler(url, init)
      return result instanceof Response ? result : reply(200, result)
    })
  )
  return calls
}

/** A backend that refuses every connection, like one that is restarting. */
export function backendDown() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => {
      throw new TypeError("fetch failed")
    })
  )
}

export const REGIONS = { "GET /store/regions": () => ({ regions: [{ id: "reg_idr", currency_code: "idr" }], count: 1 }) }

/** A store product as Medusa returns it with the maker and batik links. */
export function storeProduct(over: Record<string, unknown> = {}) {
  return {
    id: "prod_1",
    title: "Kain Batik Tulis Asem Arang",
    handle: "kain-batik-tulis-asem-arang",
    description: "Kain panjang batik tulis motif Asem Arang, pewarna alam.",
    thumbnail: "https://img.test/asem-arang.jpg",
    images: [{ id: "img_1", url: "https://img.test/asem-arang.jpg" }],
    options: [],
    variants: [
      {
        id: "variant_1",
        title: "All size",
        manage_inventory: true,
        allow_backorder: false,
        inventory_quantity: 1,
        calculated_price: { calculated_amount: 1250000, currency_code: "idr" },
      },
    ],
    maker: { id: "mkr_1", handle: "batik-malon", name: "Batik Malon", district: "Gunungpati", sentra: "Malon" },
    batik_attributes: {
      technique: "tulis",
      batikmark_number: "BM-2025-00042",
      batikmark_label: "gold",
      motifs: ["Asem Arang"],
      dye_type: "natural",
      dyes: ["indigo", "tingi"],
      fabric: "katun primisima",
      form: "kain-panjang",
      length_cm: 250,
      width_cm: 105,
      production_days: 30,
      colours: ["biru", "coklat"],
      care_id: "Cuci dengan lerak.",
      care_en: "Wash with soapberry.",
    },
    ...over,
  }
}
