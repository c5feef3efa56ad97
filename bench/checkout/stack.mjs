#!/usr/bin/env node
// A seeded backend of its own for the checkout benchmark (no storefront, no admin): a fresh embedded
// PostgreSQL, migrations, the demo catalogue, `medusa start`. Prints the URL and key, runs until Ctrl-C.
// Usage: BENCH_BACKEND_PORT=9411 BENCH_PG_PORT=54411 node bench/checkout/stack.mjs
import fs from "node:fs"
import path from "node:path"
import { ROOT, bin, readIfExists, run, startGroup, waitForHttp } from "../../scripts/lib/proc.mjs"
import { startPostgres } from "../../scripts/lib/postgres.mjs"

const backendPort = Number(process.env.BENCH_BACKEND_PORT ?? 9411)
const pgPort = Number(process.env.BENCH_PG_PORT ?? 54411)
const runtime = path.join(ROOT, ".data", `bench-checkout-${backendPort}`)
fs.mkdirSync(runtime, { recursive: true })

// --complete buys one-of-a-kind pieces: every start seeds a fresh catalogue.
const postgres = await startPostgres({
  dataDir: path.join(ROOT, ".data", `postgres-bench-checkout-${pgPort}`),
  port: pgPort,
  databases: ["gelar_bench"],
  recreate: true,
})
const url = `http://localhost:${backendPort}`
const env = {
  ...process.env,
  NODE_ENV: "development",
  MEDUSA_DISABLE_TELEMETRY: "true",
  DATABASE_URL: postgres.url("gelar_bench"),
  PORT: String(backendPort),
  GELAR_RUNTIME_DIR: runtime,
  MEDUSA_BACKEND_URL: url,
  DISABLE_ADMIN: "true",
}
const backendDir = path.join(ROOT, "backend")
await run(bin("medusa"), ["db:migrate"], { cwd: backendDir, env })
await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env })
// Served as in production (BENCH_NODE_ENV=development to compare); seeding stays a development step.
const startEnv = {
  ...env,
  NODE_ENV: process.env.BENCH_NODE_ENV ?? "production",
  JWT_SECRET: process.env.JWT_SECRET ?? "bench-checkout-secret-0123456789",
  COOKIE_SECRET: process.env.COOKIE_SECRET ?? "bench-checkout-secret-0123456789",
  // e.g. --inspect=127.0.0.1:9229 to profile the server alone
  ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
}
// BENCH_CLUSTER=2 serves from that many processes (`medusa start --cluster`); give it REDIS_URL so
// they share locks, the workflow engine, events and the cache, as in docker-compose.
const cluster = process.env.BENCH_CLUSTER ? ["--cluster", process.env.BENCH_CLUSTER] : []
const backend = startGroup(bin("medusa"), ["start", ...cluster], { cwd: backendDir, env: startEnv })
await waitForHttp(`${url}/health`, { child: backend.child })
console.log(`BACKEND_URL=${url} PUBLISHABLE_KEY=${readIfExists(path.join(runtime, "publishable-key"))}`)

const stop = async () => {
  await backend.stop("SIGINT")
  await postgres.stop()
  process.exit(0)
}
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
setInterval(() => {}, 1 << 30)
