import fs from "node:fs"
import { parse } from "yaml"
import { ENV_KEYS, parseEnv } from "../../src/env"

type ComposeService = {
  environment?: Record<string, string | number | boolean | null> | string[]
  healthcheck?: unknown
}
export type ComposeFile = { services: Record<string, ComposeService>; volumes?: Record<string, unknown> }

/** Parses a dotenv-style file (KEY=value lines, # comments). */
export function readDotenv(file: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/)
    if (m) out[m[1]] = m[2]
  }
  return out
}

/**
 * Resolves compose interpolation the way `docker compose` does for the forms the project uses:
 * `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`.
 */
export function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?:(:?)([-?])([^}]*))?\}/g, (_, name, colon, op, arg) => {
    const v = vars[name]
    const missing = v === undefined || (colon === ":" && v === "")
    if (!op) return v ?? ""
    if (op === "-") return missing ? arg : v
    if (missing) throw new Error(`compose needs ${name}: ${arg}`)
    return v
  })
}

/** The variables a compose file reads from its `.env` with `${VAR...}`, and which of them are required. */
export function composeVariables(text: string): { all: Set<string>; required: Set<string> } {
  const all = new Set<string>()
  const required = new Set<string>()
  for (const m of text.matchAll(/\$\{([A-Z0-9_]+)(:?[-?])?/g)) {
    all.add(m[1])
    if (m[2]?.endsWith("?")) required.add(m[1])
  }
  return { all, required }
}

export function serviceEnvironment(
  service: ComposeService,
  vars: Record<string, string>
): Record<string, string> {
  const env = service.environment ?? {}
  const pairs = Array.isArray(env)
    ? env.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string])
    : Object.entries(env).map(([k, v]) => [k, v === null ? "" : String(v)] as [string, string])
  return Object.fromEntries(pairs.map(([k, v]) => [k, interpolate(v ?? "", vars)]))
}

/**
 * Checks each backend service of a compose file against the backend's env schema: every variable it
 * sets must be one the schema knows, and the whole environment must pass the schema (so nothing
 * required is missing). Returns one message per problem, empty when all is well.
 */
export function checkBackendServices(
  compose: ComposeFile,
  serviceNames: string[],
  vars: Record<string, string>
): string[] {
  const known = new Set<string>(ENV_KEYS)
  const problems: string[] = []
  for (const name of serviceNames) {
    const service = compose.services[name]
    if (!service) {
      problems.push(`${name}: no such service`)
      continue
    }
    const env = serviceEnvironment(service, vars)
    for (const key of Object.keys(env)) {
      if (!known.has(key)) problems.push(`${name}: ${key} is not a variable the backend reads`)
    }
    try {
      parseEnv(env)
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message}`)
    }
  }
  return problems
}

export function readCompose(file: string): { compose: ComposeFile; text: string } {
  const text = fs.readFileSync(file, "utf8")
  return { compose: parse(text, { merge: true }) as ComposeFile, text }
}
