// Child-process helpers shared by the start and test scripts.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const PNPM_VERSION = "12.4.2"

/** The pnpm to use: the one on PATH when it is the pinned version, else npx fetches it. */
export function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" })
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm"]
  return ["npx", "-y", `pnpm@${PNPM_VERSION}`]
}

/** Installs the workspace from the lockfile (a no-op taking ~2 s when nothing changed). */
export function installDependencies() {
  const [cmd, ...args] = pnpmCommand()
  const res = spawnSync(cmd, [...args, "install", "--frozen-lockfile", "--prefer-offline"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, CI: process.env.CI ?? "" },
  })
  if (res.status !== 0) {
    console.error("Installing dependencies failed (see above).")
    process.exit(res.status ?? 1)
  }
}

export const bin = (name) => path.join(ROOT, "node_modules", ".bin", name)

/** Runs a command to completion, inheriting output; rejects with a message on a non-zero exit. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts })
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`))
    )
  })
}

/**
 * Starts a long-running child in its own process group, so that a whole tree (medusa develop forks
 * its server) can be signalled at once, and Ctrl-C reaches it only through us.
 */
export function startGroup(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: "inherit", detached: true, ...opts })
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
  async function stop(signal = "SIGINT", graceMs = 15000) {
    if (child.exitCode !== null || child.signalCode !== null) return
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig)
      } catch {
        /* group already gone */
      }
    }
    kill(signal)
    const timer = setTimeout(() => kill("SIGKILL"), graceMs)
    await exited
    clearTimeout(timer)
    // Grandchildren that ignored the signal must not outlive the group leader.
    kill("SIGKILL")
  }
  return { child, exited, stop }
}

/** Polls url until it answers 200 or the child exits or the deadline passes. */
export async function waitForHttp(url, { timeoutMs = 180000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`The process serving ${url} exited early`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}

/**
 * A require() that loads the backend's TypeScript (through ts-node), for the env schema and
 * constants; usable once dependencies are installed.
 */
export async function backendRequire() {
  const { createRequire } = await import("node:module")
  const require = createRequire(path.join(ROOT, "backend", "package.json"))
  require("ts-node").register({
    transpileOnly: true,
    project: path.join(ROOT, "backend", "tsconfig.json"),
  })
  return (rel) => require(path.join(ROOT, "backend", rel))
}

export function readIfExists(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined
}
