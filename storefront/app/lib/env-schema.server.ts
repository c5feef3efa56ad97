import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { z } from "zod"

function repositoryRoot(): string {
  // Both app/lib (dev) and build/server (production) sit below the workspace root.
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!fs.existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
  return dir
}

/** The seed writes the publishable key here; the storefront falls back to it in development. */
export const PUBLISHABLE_KEY_FILE = path.join(repositoryRoot(), ".data", "publishable-key")

/** Development only: production refuses it, so a forgotten secret never signs real sessions. */
const DEV_PORTAL_SESSION_SECRET = "gelar-development-portal-session-secret"
const DEV_SESSION_SECRET = "gelar-development-customer-session-secret"
/** The demo seed's account (store metadata `bank_transfer`); production must name the real one. */
const DEV_BANK_TRANSFER = {
  BANK_TRANSFER_BANK: "Bank Jateng",
  BANK_TRANSFER_ACCOUNT: "1-234-56789-0",
  BANK_TRANSFER_HOLDER: "Panitia Pameran Batik Kota Semarang",
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  MEDUSA_BACKEND_URL: z.url({ message: "an http(s) URL" }).default("http://localhost:9000"),
  MEDUSA_PUBLISHABLE_KEY: z
    .string({ message: `a publishable key (pk_...), or run the seed so that ${PUBLISHABLE_KEY_FILE} exists` })
    .regex(/^pk_\S+$/, "a publishable key (pk_...)"),
  PUBLIC_BASE_URL: z.url({ message: "an http(s) URL" }).default("http://localhost:3000"),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_\S+$/, "a Stripe publishable key (pk_test_... or pk_live_...)")
    .optional(),
  // Signs the maker portal's session cookie (it holds the maker's backend token).
  PORTAL_SESSION_SECRET: z
    .string({ message: "a secret of 32+ characters (it signs the maker portal's session cookie)" })
    .min(32, "a secret of 32+ characters (it signs the maker portal's session cookie)")
    .default(DEV_PORTAL_SESSION_SECRET),
  // Signs the shopper's session cookie (it holds the customer's backend token).
  SESSION_SECRET: z
    .string({ message: "a secret of 32+ characters (it signs the shopper's session cookie)" })
    .min(32, "a secret of 32+ characters (it signs the shopper's session cookie)")
    .default(DEV_SESSION_SECRET),
  // The organisers' account that bank-transfer orders are paid into, shown on the confirmation page.
  BANK_TRANSFER_BANK: z.string().default(DEV_BANK_TRANSFER.BANK_TRANSFER_BANK),
  BANK_TRANSFER_ACCOUNT: z.string().default(DEV_BANK_TRANSFER.BANK_TRANSFER_ACCOUNT),
  BANK_TRANSFER_HOLDER: z.string().default(DEV_BANK_TRANSFER.BANK_TRANSFER_HOLDER),
  // The in-process cache of whole public pages (decision 006); `off` measures rendering alone.
  STOREFRONT_HTML_CACHE: z.enum(["on", "off"], { message: "on or off" }).default("on"),
})

export type Env = z.infer<typeof schema>

function readKeyFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8").trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * Validates the storefront's environment. Empty values count as unset; a missing
 * MEDUSA_PUBLISHABLE_KEY is read from the file the seed writes. Throws an Error whose
 * message is one line naming each wrong variable.
 */
export function parseEnv(
  source: Record<string, string | undefined>,
  keyFile: string = PUBLISHABLE_KEY_FILE
): Env {
  const cleaned: Record<string, string> = {}
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== "") cleaned[k] = v
  cleaned.MEDUSA_PUBLISHABLE_KEY ??= readKeyFile(keyFile) as string
  if (cleaned.MEDUSA_PUBLISHABLE_KEY === undefined) delete cleaned.MEDUSA_PUBLISHABLE_KEY
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const parts = result.error.issues.map((i) => `${String(i.path[0])} must be ${i.message}`)
    throw new Error(`Invalid storefront environment: ${parts.join("; ")}`)
  }
  const env = result.data
  const devSecrets = { PORTAL_SESSION_SECRET: DEV_PORTAL_SESSION_SECRET, SESSION_SECRET: DEV_SESSION_SECRET }
  for (const [name, devValue] of Object.entries(devSecrets)) {
    if (env.NODE_ENV === "production" && env[name as keyof typeof devSecrets] === devValue) {
      throw new Error(`Invalid storefront environment: ${name} must be set in production (a secret of 32+ characters)`)
    }
  }
  // Shoppers would transfer real money to the demo account.
  if (env.NODE_ENV === "production" && env.BANK_TRANSFER_ACCOUNT === DEV_BANK_TRANSFER.BANK_TRANSFER_ACCOUNT) {
    throw new Error(
      "Invalid storefront environment: BANK_TRANSFER_BANK, BANK_TRANSFER_ACCOUNT and BANK_TRANSFER_HOLDER must be set in production (the organisers' account)"
    )
  }
  // Canonical URLs and the sitemap join paths to it: one form, without a trailing slash.
  env.PUBLIC_BASE_URL = env.PUBLIC_BASE_URL.replace(/\/+$/, "")
  env.MEDUSA_BACKEND_URL = env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")
  return env
}

/** Parses process.env or prints the one-line reason and exits: a misconfigured server must not half-start. */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv(process.env)
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    process.exit(1)
  }
}
