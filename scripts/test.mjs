#!/usr/bin/env node
// The README's second command: installs, starts a throw-away embedded PostgreSQL for the
// integration tests, runs every package's tests through turbo, and prints one summary line.
import fs from "node:fs"
import path from "node:path"
import { ROOT, bin, installDependencies, run } from "./lib/proc.mjs"

const started = Date.now()
const args = new Set(process.argv.slice(2))
// Words that are not flags narrow the browser tests, e.g. `node scripts/test.mjs --only-e2e admin`.
const specFilters = process.argv.slice(2).filter((a) => !a.startsWith("--"))
const log = (msg) => console.log(`\x1b[36m[gelar test]\x1b[0m ${msg}`)
const resultsDir = path.join(ROOT, ".data", "test-results")

if (!args.has("--skip-install")) installDependencies()
fs.rmSync(resultsDir, { recursive: true, force: true })
fs.mkdirSync(resultsDir, { recursive: true })

let failed = false
// Type errors first: `medusa build` (production, Docker) refuses to build with any of them.
if (!args.has("--only-e2e")) {
  try {
    await run(bin("turbo"), ["run", "typecheck", "--output-logs=errors-only"], {
      cwd: ROOT,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    })
    log("typecheck passed")
  } catch (e) {
    failed = true
    console.error(`typecheck failed: ${e.message}`)
  }
}

// `--only-e2e` runs the browser tests alone (they bring their own database); `--skip-e2e` all but them.
if (!args.has("--only-e2e")) {
  const { startPostgres } = await import("./lib/postgres.mjs")
  const port = Number(process.env.TEST_PG_PORT ?? 54339)
  log(`starting the test PostgreSQL on port ${port}`)
  const postgres = await startPostgres({ dataDir: path.join(ROOT, ".data", "postgres-test"), port })

  try {
    await run(
      bin("turbo"),
      ["run", "test", "--concurrency=1", "--continue", "--output-logs=full", "--log-order=stream"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...postgres.env,
          TURBO_TELEMETRY_DISABLED: "1",
          MEDUSA_DISABLE_TELEMETRY: "true",
          NODE_ENV: "test",
        },
      }
    )
  } catch (e) {
    failed = true
    console.error(e.message)
  } finally {
    await postgres.stop()
  }
}

// Browser tests against their own backend and production storefront (scripts/lib/e2e.mjs).
if (!args.has("--skip-e2e")) {
  const { ensureChromium, startE2EStack } = await import("./lib/e2e.mjs")
  let stack
  try {
    ensureChromium()
    stack = await startE2EStack({ log })
    log("e2e: running the Playwright specs")
    await run(bin("playwright"), ["test", ...specFilters], { cwd: path.join(ROOT, "e2e"), env: { ...process.env, ...stack.env } })
  } catch (e) {
    failed = true
    console.error(e.message)
  } finally {
    if (stack) await stack.stop()
  }
}

// Every runner writes a JSON report (vitest's and Playwright's); add them up for one closing line.
let passed = 0
let failedTests = 0
let skipped = 0
for (const file of fs.readdirSync(resultsDir).filter((f) => f.endsWith(".json"))) {
  const report = JSON.parse(fs.readFileSync(path.join(resultsDir, file), "utf8"))
  if (report.stats && "expected" in report.stats) {
    passed += report.stats.expected + (report.stats.flaky ?? 0)
    failedTests += report.stats.unexpected
    skipped += report.stats.skipped
  } else {
    passed += report.numPassedTests ?? 0
    // A file whose setup failed fails no single test: count it, so the line never hides it.
    failedTests += report.numFailedTests || report.numFailedTestSuites || 0
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
}
log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
console.log(`tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`)
process.exit(failed || failedTests > 0 ? 1 : 0)
