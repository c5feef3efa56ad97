import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

const ROOT = path.resolve(process.cwd(), "..")
const DEV = path.join(ROOT, "scripts", "dev.mjs")

/** Environment of a child start command, isolated from a developer's own running store. */
function isolatedEnv(extra: Record<string, string>) {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith("DB_") && k !== "DATABASE_URL" && k !== "NODE_ENV") env[k] = v
  }
  return { ...env, ...extra }
}

/** Processes started for this run: every child (Medusa, PostgreSQL) inherits GELAR_RUNTIME_DIR. */
function processesOfRun(runtime: string): string[] {
  const marker = `GELAR_RUNTIME_DIR=${runtime}\0`
  return fs
    .readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .flatMap((pid) => {
      // A process may end between listing /proc and reading it.
      try {
        return fs.readFileSync(`/proc/${pid}/environ`, "utf8").includes(marker)
          ? [fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")]
          : []
      } catch {
        return []
      }
    })
}

describe("the start command", () => {
  it("stops at once with a one-line message naming a malformed variable", () => {
    const res = spawnSync(process.execPath, [DEV, "--skip-install"], {
      env: isolatedEnv({ DATABASE_URL: "nonsense" }),
      encoding: "utf8",
      timeout: 60_000,
    })
    expect(res.status).toBe(1)
    expect(res.stderr.trim()).toBe(
      'Invalid environment: DATABASE_URL must be a postgres:// connection URL (got "nonsense")'
    )
  })

  it("makes Medusa itself refuse a malformed variable with the same message", () => {
    const res = spawnSync(path.join(ROOT, "node_modules", ".bin", "medusa"), ["db:migrate"], {
      cwd: process.cwd(),
      env: isolatedEnv({ REDIS_URL: "localhost:6379", MEDUSA_DISABLE_TELEMETRY: "true" }),
      encoding: "utf8",
      timeout: 120_000,
    })
    expect(res.status).not.toBe(0)
    expect(res.stderr).toContain('Invalid environment: REDIS_URL must be a redis:// URL (got "localhost:6379")')
  })

  it(
    "serves health, store, admin and storefront from a fresh data folder, and leaves no process behind after Ctrl-C",
    async () => {
      const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "gelar-start-"))
      // PostgreSQL runs as the unprivileged `postgres` user when we are root: it must reach its folder.
      fs.chmodSync(runtime, 0o755)
      const port = 9310
      const storefront = "http://localhost:3310"
      const child = spawn(process.execPath, [DEV, "--skip-install"], {
        env: isolatedEnv({
          PORT: String(port),
          EMBEDDED_PG_PORT: "54391",
          GELAR_RUNTIME_DIR: runtime,
          MEDUSA_BACKEND_URL: `http://localhost:${port}`,
          STOREFRONT_URL: storefront,
          STORE_CORS: storefront,
        }),
        stdio: ["ignore", "pipe", "pipe"],
      })
      let output = ""
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))

      try {
        const deadline = Date.now() + 400_000
        while (!output.includes("Stop with Ctrl-C") && Date.now() < deadline && child.exitCode === null) {
          await new Promise((r) => setTimeout(r, 500))
        }
        expect(output).toContain("Stop with Ctrl-C")
        expect(processesOfRun(runtime).some((cmd) => cmd.includes("postgres"))).toBe(true)
        const key = fs.readFileSync(path.join(runtime, "publishable-key"), "utf8").trim()
        expect(output).toContain(key)

        expect((await fetch(`http://localhost:${port}/health`)).status).toBe(200)
        const products = await fetch(`http://localhost:${port}/store/products`, {
          headers: { "x-publishable-api-key": key },
        })
        // The demo catalogue (issue 3) has at least 80 products.
        expect((await products.json()).count).toBeGreaterThanOrEqual(80)
        const admin = await fetch(`http://localhost:${port}/app`)
        expect(admin.status).toBe(200)
        expect(await admin.text()).toMatch(/<div id="medusa"|<script/)
        expect(output).toContain(storefront)
        const home = await fetch(`${storefront}/`)
        expect(home.status).toBe(200)
        expect(await home.text()).toContain('<html lang="id"')
      } finally {
        child.kill("SIGINT")
        await exited
      }
      // Medusa forks a detached telemetry sender as it exits (even with MEDUSA_DISABLE_TELEMETRY, which only
      // stops recording events). It ends by itself in about a second; a process left behind does not.
      await expect.poll(() => processesOfRun(runtime), { timeout: 15_000, interval: 500 }).toEqual([])
      await expect(fetch(`http://localhost:${port}/health`)).rejects.toThrow()
      await expect(fetch(`${storefront}/`)).rejects.toThrow()
      fs.rmSync(runtime, { recursive: true, force: true })
    },
    600_000
  )
})
