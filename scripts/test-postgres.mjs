#!/usr/bin/env node
// Keeps an embedded PostgreSQL running for iterating on backend tests by hand:
//   node scripts/test-postgres.mjs [port] [dataDir]
// then, in backend/: DB_HOST=localhost DB_PORT=<port> DB_USERNAME=postgres DB_PASSWORD=postgres npx vitest run <file>
import path from "node:path"
import { ROOT } from "./lib/proc.mjs"
import { startPostgres } from "./lib/postgres.mjs"

const port = Number(process.argv[2] ?? 54338)
const dataDir = process.argv[3] ?? path.join(ROOT, ".data", "postgres-dev-tests")
const pg = await startPostgres({ dataDir, port })
console.log(`PostgreSQL for tests on localhost:${port} (user postgres, password postgres); Ctrl-C stops it`)
const stop = async () => {
  await pg.stop()
  process.exit(0)
}
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
setInterval(() => {}, 1 << 30)
