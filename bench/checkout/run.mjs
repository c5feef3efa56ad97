#!/usr/bin/env node
// Checkout benchmark: p50/p95 of add-to-cart (and, with --complete, of cart completion with booth
// pickup and bank transfer) at 1 and 20 concurrent shoppers against a running backend.
// Usage: BACKEND_URL=http://localhost:9000 PUBLISHABLE_KEY=pk_... node bench/checkout/run.mjs [--rounds 10] [--complete]
// --complete buys stock: run it only against a throwaway database (e.g. the e2e stack's).
import { api, benchCatalogue } from "./store-api.mjs"

const args = process.argv.slice(2)
const ROUNDS = Number(args[args.indexOf("--rounds") + 1]) || 10
const COMPLETE = args.includes("--complete")

async function timed(fn) {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}

const { region_id, plenty } = await benchCatalogue()

async function shopper(i) {
  const add = []
  const complete = []
  const refused = []
  for (let r = 0; r < ROUNDS; r++) {
    const { cart } = await api("POST", "/store/carts", { region_id, email: `bench${i}@example.com` })
    const v = plenty[(i * ROUNDS + r) % plenty.length]
    add.push(await timed(() => api("POST", `/store/carts/${cart.id}/line-items`, { variant_id: v.id, quantity: 1 })))
    if (COMPLETE) {
      await api("POST", `/store/carts/${cart.id}`, { shipping_address: { country_code: "id" } })
      const { shipping_options } = await api("GET", `/store/shipping-options?cart_id=${cart.id}`)
      const pickup = shipping_options.find((o) => o.price_type === "flat" && o.amount === 0) ?? shipping_options[0]
      await api("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id })
      const { payment_collection } = await api("POST", "/store/payment-collections", { cart_id: cart.id })
      await api("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      // A piece another shopper bought first is refused (400 sold out): timed too, counted apart.
      const t = performance.now()
      try {
        await api("POST", `/store/carts/${cart.id}/complete`, {})
        complete.push(performance.now() - t)
      } catch (e) {
        refused.push(performance.now() - t)
        if (!/400/.test(e.message)) console.error(e.message)
      }
    }
  }
  return { add, complete, refused }
}

for (const concurrency of [1, 20]) {
  const runs = await Promise.all(Array.from({ length: concurrency }, (_, i) => shopper(i)))
  const add = runs.flatMap((r) => r.add)
  const complete = runs.flatMap((r) => r.complete)
  const refused = runs.flatMap((r) => r.refused)
  const line = (name, xs) =>
    xs.length ? `${name} p50 ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms (n=${xs.length})` : ""
  const refusals = refused.length ? `; ${line("refused (sold out)", refused)}` : ""
  console.log(`${concurrency} shopper(s): ${line("add-to-cart", add)}${COMPLETE ? `; ${line("completion", complete)}${refusals}` : ""}`)
}
