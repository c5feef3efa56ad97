#!/usr/bin/env node
// Storefront benchmark (issue 5): the production build of the storefront served by
// react-router-serve, against the backend run by `medusa start` on the demo catalogue (the e2e stack
// of scripts/lib/e2e.mjs: its own PostgreSQL, ports 9400/3400). Prints TTFB percentiles and
// requests/s at 1 and 50 connections for home, catalogue and a product page, a trivial route of the
// same server as the floor, each page's ratio to the floor, and the JavaScript each page loads (gzip).
//
//   node bench/storefront/run.mjs [--duration 20]
//
// Ratios to the floor are the figures that compare across runs on a shared machine.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import autocannon from "autocannon"
import { startE2EStack } from "../../scripts/lib/e2e.mjs"

const argv = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : fallback
}
const duration = Number(opt("duration", 20))

/** Whether the page hydrates: a page rendered without React's scripts loads no JavaScript at all. */
async function pageLoadsScripts(url) {
  const html = await (await fetch(url)).text()
  return /<script[^>]+type="module"|import\(/.test(html)
}

/** JavaScript a route loads on first visit (manifest, entry, root, route module and imports), gzipped. */
function routeJsGzip(routeId) {
  const assets = path.join(stack.env.E2E_BUILD_DIR, "client")
  const manifestFile = fs.readdirSync(path.join(assets, "assets")).find((f) => f.startsWith("manifest-"))
  const manifest = JSON.parse(
    fs
      .readFileSync(path.join(assets, "assets", manifestFile), "utf8")
      .replace(/^window.__reactRouterManifest=/, "")
      .replace(/;$/, "")
  )
  const files = new Set([`/assets/${manifestFile}`, manifest.entry.module, ...manifest.entry.imports])
  for (const id of ["root", routeId]) {
    const r = manifest.routes[id]
    files.add(r.module)
    for (const i of r.imports ?? []) files.add(i)
  }
  let bytes = 0
  for (const f of files) bytes += zlib.gzipSync(fs.readFileSync(path.join(assets, f)), { level: 9 }).length
  return bytes
}

const stack = await startE2EStack({ log: (m) => console.log(m) })
process.on("SIGINT", async () => {
  await stack.stop()
  process.exit(130)
})
const base = stack.env.E2E_BASE_URL
const key = stack.env.E2E_PUBLISHABLE_KEY
const { products } = await (
  await fetch(`${stack.env.E2E_BACKEND_URL}/store/products?limit=1&fields=handle&order=-created_at`, {
    headers: { "x-publishable-api-key": key },
  })
).json()

const pages = [
  { name: "floor (/robots.txt)", path: "/robots.txt", route: null },
  { name: "home", path: "/", route: "id:home" },
  { name: "catalogue", path: "/katalog", route: "id:catalogue" },
  { name: "product", path: `/produk/${products[0].handle}`, route: "id:product" },
]

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Runs autocannon and computes exact percentiles from every response time (it reports no p95). */
function run(url, connections) {
  return new Promise((resolve, reject) => {
    const times = []
    const instance = autocannon({ url, connections, duration }, (err, result) => {
      if (err) return reject(err)
      times.sort((a, b) => a - b)
      resolve({ result, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

const rows = []
const loadAtStart = os.loadavg()
try {
  for (const page of pages) {
    const res = await fetch(base + page.path)
    if (!res.ok) throw new Error(`${page.path} answered ${res.status}`)
    await res.arrayBuffer()
    // The page cache of decision 006 (off with STOREFRONT_HTML_CACHE=off): how a repeated visit is answered.
    // Asked as a browser loads a page (autocannon sends no Accept, which counts the same).
    page.cache =
      (await fetch(base + page.path, { headers: { accept: "text/html" } }).then((r) =>
        r.arrayBuffer().then(() => r.headers.get("x-cache"))
      )) ?? "none"
    const hydrates = page.route ? await pageLoadsScripts(base + page.path) : false
    for (const connections of [1, 50]) {
      process.stdout.write(`${page.name} at ${connections} connection(s)… `)
      const { result: r, p50, p95, p99 } = await run(base + page.path, connections)
      console.log(`${Math.round(r.requests.average)} req/s`)
      rows.push({ page: page.name, connections, p50, p95, p99, rps: r.requests.average, errors: r.errors + r.non2xx, route: page.route, hydrates })
    }
  }
} finally {
  await stack.stop()
}

const floor = Object.fromEntries(rows.filter((r) => r.route === null).map((r) => [r.connections, r]))
console.log(`\nStorefront benchmark: ${duration} s per run, production build + react-router-serve, product ${pages[3].path}`)
console.log(
  `${new Date().toISOString()}, load average ${loadAtStart.map((l) => l.toFixed(1)).join(" ")} at start, ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at end; ` +
    `page cache: ${pages.map((p) => `${p.name} ${p.cache}`).join(", ")}`
)
console.log("page                 conn  p50 ms  p95 ms  p99 ms    req/s  errors  p95/floor  req/s/floor  JS gzip")
for (const r of rows) {
  const f = floor[r.connections]
  const js = r.route ? (r.hydrates ? `${(routeJsGzip(r.route) / 1024).toFixed(1)} kB` : `0 kB (served without hydration; ${(routeJsGzip(r.route) / 1024).toFixed(1)} kB if hydrated)`) : "-"
  console.log(
    `${r.page.padEnd(20)} ${String(r.connections).padStart(4)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${r.rps.toFixed(0).padStart(8)} ${String(r.errors).padStart(7)} ${(r.p95 / Math.max(f.p95, 1)).toFixed(1).padStart(10)} ${(r.rps / f.rps).toFixed(2).padStart(12)}  ${js}`
  )
}
console.log("\n(latency is autocannon's response time: with whole pages rendered before the first byte, close to TTFB)")
