// The store API as the checkout bench scripts call it: BACKEND_URL and PUBLISHABLE_KEY from the
// environment (stack.mjs prints both), else the dev store's URL and the key `npm start` saved.
import fs from "node:fs"

const BASE = process.env.BACKEND_URL ?? "http://localhost:9000"
const KEY = process.env.PUBLISHABLE_KEY ?? fs.readFileSync(new URL("../../.data/publishable-key", import.meta.url), "utf8").trim()
const headers = { "content-type": "application/json", "x-publishable-api-key": KEY }

/** One store API request; a refusal throws with its status and message. */
export async function api(method, path, body) {
  const res = await fetch(`${BASE}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${json.message ?? ""}`)
  return json
}

/** Variants with at least two pieces in stock among the first 100 products, and the IDR region. */
export async function benchCatalogue() {
  const { regions } = await api("GET", "/store/regions?fields=id,currency_code")
  const region_id = regions.find((r) => r.currency_code === "idr").id
  const { products } = await api("GET", "/store/products?limit=100&fields=id,variants.id,variants.inventory_quantity")
  const plenty = products.flatMap((p) => p.variants).filter((v) => (v.inventory_quantity ?? 0) >= 2)
  if (!plenty.length) throw new Error("No variant with stock to add")
  return { region_id, plenty }
}
