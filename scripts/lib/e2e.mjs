// Everything the Playwright specs need, on ports of their own (backend 9400, storefront 3400,
// PostgreSQL 54340) so that a developer's `npm start` keeps running: database, migrations, seed,
// backend, production build of the storefront. The caller stops it all with stop().
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ROOT, bin, readIfExists, run, startGroup, waitForHttp } from "./proc.mjs"
import { startPostgres } from "./postgres.mjs"

export const E2E_PORTS = {
  backend: Number(process.env.E2E_BACKEND_PORT ?? 9400),
  storefront: Number(process.env.E2E_STOREFRONT_PORT ?? 3400),
  postgres: Number(process.env.E2E_PG_PORT ?? 54340),
}

/** The organisers' account the production storefront must be given (any values will do here). */
const E2E_BANK_TRANSFER = {
  BANK_TRANSFER_BANK: "Bank Uji E2E",
  BANK_TRANSFER_ACCOUNT: "9-876-54321-0",
  BANK_TRANSFER_HOLDER: "Panitia Uji Gelar",
}

/** Installs Debian's Chromium when it is missing (scripts/install-browsers.sh). */
export function ensureChromium() {
  const res = spawnSync("sh", [path.join(ROOT, "scripts", "install-browsers.sh")], { stdio: "inherit" })
  if (res.status !== 0) throw new Error("Installing Chromium failed (see above)")
}

/**
 * Starts the e2e stack and returns { env, stop }: env holds the URLs and key for Playwright.
 * E2E_BACKEND_PORT, E2E_STOREFRONT_PORT and E2E_PG_PORT move it, e.g. beside a running `npm test`.
 * Each step logs, so a slow CI run shows where the time went.
 */
export async function startE2EStack({ log }) {
  // Uploaded pictures carry the backend's URL in the database, so a data folder belongs to one port.
  const suffix = E2E_PORTS.backend === 9400 ? "" : `-${E2E_PORTS.backend}`
  const runtime = path.join(ROOT, ".data", `e2e${suffix}`)
  fs.mkdirSync(runtime, { recursive: true })
  const children = []
  let postgres
  const stop = async () => {
    await Promise.all(children.map((c) => c.stop("SIGINT")))
    if (postgres) await postgres.stop()
  }
  try {
    log(`e2e: PostgreSQL on ${E2E_PORTS.postgres}`)
    postgres = await startPostgres({
      dataDir: path.join(ROOT, ".data", `postgres-e2e${suffix}`),
      port: E2E_PORTS.postgres,
      databases: ["gelar_e2e"],
      // Specs buy one-of-a-kind pieces: every run starts from the freshly seeded catalogue.
      recreate: true,
    })
    const backendUrl = `http://localhost:${E2E_PORTS.backend}`
    const storefrontUrl = `http://localhost:${E2E_PORTS.storefront}`
    const backendEnv = {
      ...process.env,
      NODE_ENV: "development",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DATABASE_URL: postgres.url("gelar_e2e"),
      PORT: String(E2E_PORTS.backend),
      GELAR_RUNTIME_DIR: runtime,
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      STORE_CORS: storefrontUrl,
      // The admin spec drives the organisers' dashboard (served by Vite in development mode).
      DISABLE_ADMIN: "false",
    }
    const backendDir = path.join(ROOT, "backend")
    log("e2e: migrating and seeding")
    await run(bin("medusa"), ["db:migrate"], { cwd: backendDir, env: backendEnv })
    await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: backendEnv })
    const publishableKey = readIfExists(path.join(runtime, "publishable-key"))

    log(`e2e: backend on ${backendUrl}, building the storefront meanwhile`)
    // `medusa start` in development mode is what `medusa develop` forks, minus the file watcher:
    // an edit in the working tree must not restart the backend in the middle of a spec.
    const backend = startGroup(bin("medusa"), ["start"], { cwd: backendDir, env: backendEnv })
    children.push(backend)
    const storefrontDir = path.join(ROOT, "storefront")
    const storefrontEnv = {
      ...process.env,
      NODE_ENV: "production",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      PUBLIC_BASE_URL: storefrontUrl,
      PORTAL_SESSION_SECRET: "e2e-maker-portal-session-secret-0123456789",
      SESSION_SECRET: "e2e-shopper-session-secret-0123456789abcdef",
      ...E2E_BANK_TRANSFER,
      PORT: String(E2E_PORTS.storefront),
      STOREFRONT_BUILD_DIR: path.join(runtime, "storefront-build"),
    }
    await run(bin("react-router"), ["build"], { cwd: storefrontDir, env: storefrontEnv })
    // Outside storefront/, no package.json says the server build is ESM: Node would parse it twice.
    fs.writeFileSync(path.join(storefrontEnv.STOREFRONT_BUILD_DIR, "package.json"), '{ "type": "module" }\n')
    await waitForHttp(`${backendUrl}/health`, { child: backend.child })
    const storefront = startGroup(bin("react-router-serve"), [path.join(storefrontEnv.STOREFRONT_BUILD_DIR, "server", "index.js")], {
      cwd: storefrontDir,
      env: storefrontEnv,
      // react-router-serve logs a line per request: noise in the test log and load on the benchmark.
      stdio: ["ignore", "ignore", "inherit"],
    })
    children.push(storefront)
    await waitForHttp(`${storefrontUrl}/robots.txt`, { child: storefront.child, timeoutMs: 60000 })
    log(`e2e: storefront on ${storefrontUrl}`)
    return {
      env: {
        E2E_BASE_URL: storefrontUrl,
        E2E_BACKEND_URL: backendUrl,
        E2E_PUBLISHABLE_KEY: publishableKey ?? "",
        E2E_BUILD_DIR: storefrontEnv.STOREFRONT_BUILD_DIR,
        // The checkout spec checks the confirmation's transfer instructions against these.
        ...E2E_BANK_TRANSFER,
      },
      stop,
    }
  } catch (e) {
    await stop()
    throw e
  }
}
