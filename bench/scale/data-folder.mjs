#!/usr/bin/env node
// Saves or restores a loaded PostgreSQL data folder, so a benchmark starts from the same 70,000-product
// catalogue in seconds instead of loading it again:
//   node bench/scale/data-folder.mjs save    <data folder> <snapshot folder>
//   node bench/scale/data-folder.mjs restore <snapshot folder> <data folder>
// PostgreSQL must be stopped: a copy of a running cluster's files is not a consistent database.
import fs from "node:fs"
import path from "node:path"

const [command, from, to] = process.argv.slice(2)

function fail(message) {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

if (!["save", "restore"].includes(command) || !from || !to) {
  fail("usage: node bench/scale/data-folder.mjs save|restore <from folder> <to folder>")
}

/** The postmaster writes its pid on the first line of postmaster.pid while it runs. */
function runningPid(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return null
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

const dataDir = command === "save" ? from : to
if (!fs.existsSync(path.join(from, "PG_VERSION"))) {
  fail(`${from} is not a PostgreSQL data folder (no PG_VERSION file)`)
}
const pid = runningPid(dataDir)
if (pid) {
  fail(`PostgreSQL (pid ${pid}) is running on ${dataDir}: stop it first (Ctrl-C in its terminal), then retry`)
}

const started = Date.now()
fs.rmSync(to, { recursive: true, force: true })
fs.cpSync(from, to, { recursive: true, preserveTimestamps: true })
// A stale pid file would make the next start believe another server owns the folder.
fs.rmSync(path.join(to, "postmaster.pid"), { force: true })
// The embedded server runs as the OS user `postgres` and refuses a folder it does not own; a copy made
// by root belongs to root, so give the copy the source's owner.
const { uid, gid } = fs.statSync(from)
chownTree(to, uid, gid)
const bytes = du(to)
console.log(
  `${command === "save" ? "Saved" : "Restored"} ${from} to ${to}: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`
)

function chownTree(dir, uid, gid) {
  fs.chownSync(dir, uid, gid)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) chownTree(p, uid, gid)
    else fs.chownSync(p, uid, gid)
  }
}

function du(dir) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    total += entry.isDirectory() ? du(p) : fs.statSync(p).size
  }
  return total
}
