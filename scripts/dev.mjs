#!/usr/bin/env node
// The README's first command: install, start PostgreSQL (embedded unless DATABASE_URL is set),
// migrate, seed, then serve the backend (with the admin) and stop everything on Ctrl-C or SIGTERM.
import path from "node:path"
import {
  ROOT,
  bin,
  installDependencies,
  backendRequire,
  readIfExists,
  run,
  startGroup,
  waitForHttp,
} from "./lib/proc.mjs"

const started = Date.now()
const args = new Set(process.argv.slice(2))
const log = (msg) => console.log(`\x1b[36m[gelar]\x1b[0m ${msg}`)

if (!args.has("--skip-install")) {
  installDependencies()
}

// Validate the whole environment before starting anything.
const requireBackend = await backendRequire()
const envModule = requireBackend("src/env.ts")
let env
try {
  env = envModule.parseEnv(process.env)
} catch (e) {
  console.error(e.message)
  process.exit(1)
}

const backendDir = path.join(ROOT, "backend")
const children = []
let postgres
let stopping = false

async function shutdown(signal) {
  if (stopping) return
  stopping = true
  log(`${signal}: stopping…`)
  await Promise.all(children.map((c) => c.stop("SIGINT")))
  if (postgres) await postgres.stop()
  log("stopped")
  process.exit(signal === "SIGTERM" ? 0 : 130)
}
process.on("SIGINT", () => shutdown("SIGINT"))
process.on("SIGTERM", () => shutdown("SIGTERM"))

try {
  const childEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
  if (!env.DATABASE_URL) {
    const { startPostgres } = await import("./lib/postgres.mjs")
    const dataDir = envModule.embeddedPgData(env)
    log(`starting embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT} (data in ${dataDir})`)
    postgres = await startPostgres({
      dataDir,
      port: env.EMBEDDED_PG_PORT,
      databases: ["gelar"],
    })
  }
  if (stopping) await new Promise(() => {})

  log("migrating the database")
  await run(bin("medusa"), ["db:migrate"], { cwd: backendDir, env: childEnv })
  log("seeding (idempotent)")
  await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: childEnv })
  const keyFile = envModule.publishableKeyFile(env)
  const publishableKey = readIfExists(keyFile)

  log("starting the backend")
  const backend = startGroup(bin("medusa"), ["develop"], { cwd: backendDir, env: childEnv })
  children.push(backend)
  backend.exited.then(({ code, signal }) => {
    if (!stopping) {
      console.error(`The backend exited (${signal ?? `code ${code}`}).`)
      shutdown("SIGTERM")
    }
  })
  const backendUrl = `http://localhost:${env.PORT}`
  await waitForHttp(`${backendUrl}/health`, { child: backend.child })

  // The storefront (React Router dev server) in its own group, stopped with the backend on Ctrl-C.
  const storefrontUrl = env.STOREFRONT_URL.replace(/\/$/, "")
  log("starting the storefront")
  const storefront = startGroup(
    bin("react-router"),
    ["dev", "--port", new URL(storefrontUrl).port || "3000", "--strictPort"],
    {
      cwd: path.join(ROOT, "storefront"),
      env: {
        ...childEnv,
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
        PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? storefrontUrl,
      },
    }
  )
  children.push(storefront)
  storefront.exited.then(({ code, signal }) => {
    if (!stopping) {
      console.error(`The storefront exited (${signal ?? `code ${code}`}).`)
      shutdown("SIGTERM")
    }
  })
  await waitForHttp(`${storefrontUrl}/robots.txt`, { child: storefront.child })

  const { DEMO_ADMIN, DEMO_MAKER } = requireBackend("src/lib/constants.ts")
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s
  Storefront       ${storefrontUrl}  (English: ${storefrontUrl}/en)
  Backend          ${backendUrl}  (health: ${backendUrl}/health)
  Admin dashboard  ${backendUrl}/app
  Demo admin       ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}
  Maker portal     ${storefrontUrl}/portal  (demo maker ${DEMO_MAKER.email} / ${DEMO_MAKER.password})
  Publishable key  ${publishableKey}  (also in ${path.relative(ROOT, keyFile)})
  Stop with Ctrl-C.`)
} catch (e) {
  console.error(`Start failed: ${e.message}`)
  await shutdown("SIGTERM")
  process.exit(1)
}
