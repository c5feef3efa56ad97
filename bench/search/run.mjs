#!/usr/bin/env node
// Drives /store/search with realistic shopper queries at 1, 20 and 50 connections, with and without
// facets, against /store/products?q= (the baseline) and /health (the floor of the HTTP stack), and
// prints p50/p95/p99 latency, requests/s and the ratios. See README.md for how to prepare the server.
//
//   BENCH_URL=http://localhost:9100 BENCH_KEY=pk_... node bench/search/run.mjs [--duration 10] [--connections 1,20,50]
import os from "node:os"
import autocannon from "autocannon"

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), [])
)
const BASE = process.env.BENCH_URL ?? "http://localhost:9100"
const KEY = process.env.BENCH_KEY
const DURATION = Number(args.duration ?? 10)
const CONNECTIONS = String(args.connections ?? "1,20,50").split(",").map(Number)
const ONLY = args.only ? String(args.only).split(",") : undefined
if (!KEY) {
  console.error("Set BENCH_KEY to the benchmark store's publishable key (see README.md)")
  process.exit(1)
}

/** The fixed query set: what shoppers type, by kind. */
const QUERIES = {
  exact: ["parang", "kain tulis", "sutra", "batik cap kawung", "selendang"],
  misspelled: ["prang", "kawng", "sutera indgo", "trunum", "selendnag"],
  "multi-word": ["kain batik tulis parang pewarna alam", "selendang sutra indigo", "kemeja cap lawang sewu biru"],
  prefix: ["par", "batik tu", "kain sut", "mega men"],
}

const FACETS = [
  "technique",
  "dye_type",
  "fabric",
  "form",
  "in_stock",
  {
    field: "price",
    type: "range",
    ranges: [{ key: "<150k", to: 150000 }, { key: "150k-500k", from: 150000, to: 500000 }, { key: ">500k", from: 500000 }],
  },
]

const headers = { "content-type": "application/json", "x-publishable-api-key": KEY }

function searchRequests({ facets }) {
  return Object.entries(QUERIES).flatMap(([kind, queries]) =>
    queries.map((q) => ({
      method: "POST",
      path: "/store/search",
      headers,
      body: JSON.stringify({
        entity: "product",
        fields: ["id", "title", "handle", "thumbnail", "price", "in_stock", "technique", "maker.name", "maker.handle"],
        filters: { q },
        pagination: { take: 20 },
        search_options: {
          ...(kind === "prefix" ? { match_strategy: "last" } : {}),
          ...(facets ? { facets: FACETS } : {}),
        },
      }),
    }))
  )
}

const SCENARIOS = {
  health: [{ method: "GET", path: "/health" }],
  search: searchRequests({ facets: false }),
  "search+facets": searchRequests({ facets: true }),
  "products?q (baseline)": Object.values(QUERIES)
    .flat()
    .map((q) => ({
      method: "GET",
      path: `/store/products?q=${encodeURIComponent(q)}&limit=20&fields=id,title,handle,thumbnail`,
      headers,
    })),
}

function percentile(sorted, p) {
  if (!sorted.length) {
    return NaN
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function run(name, requests, connections) {
  const times = []
  let errors = 0
  const instance = autocannon({ url: BASE, connections, duration: DURATION, requests, timeout: 30 })
  instance.on("response", (_client, status, _bytes, ms) => {
    times.push(ms)
    if (status >= 400) {
      errors++
    }
  })
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    name,
    connections,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.average,
    total: times.length,
    errors: errors + result.errors + result.timeouts,
  }
}

console.log(`${new Date().toISOString()}, load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
// Each request once (what the result caches keep while the index is unchanged), then one short
// warm-up per scenario so JIT and connection pools are not measured.
for (const [name, requests] of Object.entries(SCENARIOS)) {
  if (!ONLY || ONLY.includes(name)) {
    for (const { method, path, headers: h, body } of requests) {
      await (await fetch(BASE + path, { method, headers: h, body })).arrayBuffer()
    }
    await autocannon({ url: BASE, connections: 4, duration: 2, requests })
  }
}

const rows = []
for (const connections of CONNECTIONS) {
  for (const [name, requests] of Object.entries(SCENARIOS)) {
    if (ONLY && !ONLY.includes(name)) {
      continue
    }
    const row = await run(name, requests, connections)
    rows.push(row)
    console.log(
      `${name.padEnd(22)} c=${String(connections).padStart(2)}  p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95
        .toFixed(1)
        .padStart(7)} ms  p99 ${row.p99.toFixed(1).padStart(7)} ms  ${row.rps.toFixed(0).padStart(5)} req/s  (${row.total} requests, ${row.errors} errors)`
    )
  }
}

console.log(`\n${new Date().toISOString()}, load average at end ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
console.log("\nRatios (same run):")
for (const connections of CONNECTIONS) {
  const at = (name) => rows.find((r) => r.name === name && r.connections === connections)
  const health = at("health")
  const baseline = at("products?q (baseline)")
  for (const name of ["search", "search+facets"]) {
    const row = at(name)
    if (!row) {
      continue
    }
    const parts = [`${name.padEnd(14)} c=${String(connections).padStart(2)}`]
    if (health) {
      parts.push(`p50 ${(row.p50 / health.p50).toFixed(1)}x /health`)
    }
    if (baseline) {
      parts.push(`p50 ${(row.p50 / baseline.p50).toFixed(2)}x products?q`, `req/s ${(row.rps / baseline.rps).toFixed(2)}x products?q`)
    }
    console.log(parts.join(", "))
  }
}
