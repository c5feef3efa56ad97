#!/usr/bin/env node
// What the storefront's cart action costs at the backend, one shopper, requests one after another:
// - a first add as an empty cart then an added line (before) or as a cart created with the piece (now);
// - the "is the cart still open" check with the cart page's fields or with two;
// - a later add answered with the whole cart or with its id.
// Usage: BACKEND_URL=http://localhost:9411 PUBLISHABLE_KEY=pk_... node bench/checkout/first-add.mjs [--rounds 8]
// It makes carts but places no order, so it buys no stock.
import { api, benchCatalogue } from "./store-api.mjs"

const args = process.argv.slice(2)
const ROUNDS = Number(args[args.indexOf("--rounds") + 1]) || 8
// What the cart page reads (storefront/app/lib/medusa/cart.server.ts, CART_FIELDS, in short).
const PAGE_FIELDS = "id,currency_code,total,subtotal,shipping_total,item_total,*items,items.product_handle"

async function timed(fn) {
  const t = performance.now()
  const result = await fn()
  return [performance.now() - t, result]
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0)
const range = (xs) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`
const figure = (xs) => `median ${median(xs)} ms (${range(xs)})`

const { region_id, plenty } = await benchCatalogue()

const ms = { emptyThenAdd: [], createWith: [], checkPage: [], checkOpen: [], addPage: [], addId: [] }
for (let i = 0; i < ROUNDS; i++) {
  const piece = { variant_id: plenty[i % plenty.length].id, quantity: 1 }
  const other = { variant_id: plenty[(i + 1) % plenty.length].id, quantity: 1 }

  const [create, { cart: empty }] = await timed(() => api("POST", `/store/carts?fields=${PAGE_FIELDS}`, { region_id }))
  const [add] = await timed(() => api("POST", `/store/carts/${empty.id}/line-items?fields=${PAGE_FIELDS}`, piece))
  ms.emptyThenAdd.push(create + add)
  ms.addPage.push(add)

  const [createWith, { cart }] = await timed(() => api("POST", "/store/carts?fields=id", { region_id, items: [piece] }))
  ms.createWith.push(createWith)
  ms.checkPage.push((await timed(() => api("GET", `/store/carts/${cart.id}?fields=${PAGE_FIELDS}`)))[0])
  ms.checkOpen.push((await timed(() => api("GET", `/store/carts/${cart.id}?fields=id,completed_at`)))[0])
  ms.addId.push((await timed(() => api("POST", `/store/carts/${cart.id}/line-items?fields=id`, other)))[0])
}

console.log(`first add, empty cart + add (page fields): ${figure(ms.emptyThenAdd)}`)
console.log(`first add, cart created with the piece (fields=id): ${figure(ms.createWith)}`)
console.log(`cart check, page fields: ${figure(ms.checkPage)}; id,completed_at: ${figure(ms.checkOpen)}`)
console.log(`later add, page fields: ${figure(ms.addPage)}; fields=id: ${figure(ms.addId)}`)
