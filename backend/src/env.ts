import path from "node:path"
import { z } from "@medusajs/framework/zod"

/** Root of the repository: embedded PostgreSQL data and runtime files live under `<root>/.data`. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..")

const DEV_SECRET = "gelar-dev-secret-not-for-production"

const csvOfOrigins = z
  .string()
  .regex(
    /^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/,
    "a comma-separated list of http(s) origins"
  )

const flag = z
  .enum(["true", "false", "1", "0"], { message: "true or false" })
  .transform((v) => v === "true" || v === "1")

/**
 * Every environment variable the backend reads, with its default. The start script,
 * medusa-config.ts and the docker-compose test all use this one schema.
 */
const envShape = z.object({
    NODE_ENV: z
      .enum(["development", "production", "test"], {
        message: "development, production or test",
      })
      .default("development"),
    PORT: z.coerce
      .number({ message: "a port number" })
      .int("a port number")
      .min(1, "a port number between 1 and 65535")
      .max(65535, "a port number between 1 and 65535")
      .default(9000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "a postgres:// connection URL")
      .optional(),
    EMBEDDED_PG_PORT: z.coerce
      .number({ message: "a port number" })
      .int("a port number")
      .min(1024, "a port number between 1024 and 65535")
      .max(65535, "a port number between 1024 and 65535")
      .default(54329),
    GELAR_RUNTIME_DIR: z
      .string()
      .min(1, "a folder path")
      .default(path.join(REPO_ROOT, ".data")),
    EMBEDDED_PG_DATA: z.string().min(1, "a folder path").optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, "a redis:// URL")
      .optional(),
    MEDUSA_WORKER_MODE: z
      .enum(["shared", "server", "worker"], {
        message: "shared, server or worker",
      })
      .default("shared"),
    MEDUSA_BACKEND_URL: z
      .string()
      .url("an http(s) URL")
      .default("http://localhost:9000"),
    STORE_CORS: csvOfOrigins.default(
      "http://localhost:3000,http://127.0.0.1:3000"
    ),
    ADMIN_CORS: csvOfOrigins.default(
      "http://localhost:9000,http://127.0.0.1:9000,http://localhost:5173"
    ),
    AUTH_CORS: csvOfOrigins.default(
      "http://localhost:9000,http://127.0.0.1:9000,http://localhost:5173,http://localhost:3000,http://127.0.0.1:3000"
    ),
    JWT_SECRET: z.string().min(16, "at least 16 characters").default(DEV_SECRET),
    COOKIE_SECRET: z
      .string()
      .min(16, "at least 16 characters")
      .default(DEV_SECRET),
    DISABLE_ADMIN: flag.default(false),
    MEILISEARCH_HOST: z.string().url("an http(s) URL").optional(),
    MEILISEARCH_API_KEY: z.string().min(1, "a non-empty key").optional(),
    STRIPE_API_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\S+$/, "a Stripe secret key (sk_test_... or sk_live_...)")
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\S+$/, "a Stripe webhook secret (whsec_...)")
      .optional(),
    // Another Stripe API host (stripe-mock, a test's fake server); unset: api.stripe.com.
    STRIPE_API_BASE_URL: z.string().url("an http(s) URL").optional(),
    STOREFRONT_URL: z.string().url("an http(s) URL").default("http://localhost:3000"),
})

export const envSchema = envShape.superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") {
      return
    }
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      if (env[key] === DEV_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "a secret of your own when NODE_ENV=production",
        })
      }
    }
    if (!env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "a postgres:// connection URL when NODE_ENV=production (embedded PostgreSQL is for development)",
      })
    }
  })

export type Env = z.infer<typeof envSchema>

/** The embedded PostgreSQL's data folder: EMBEDDED_PG_DATA, or `postgres` in the runtime folder. */
export function embeddedPgData(env: Env): string {
  return env.EMBEDDED_PG_DATA ?? path.join(env.GELAR_RUNTIME_DIR, "postgres")
}

/** The file the seed writes the publishable key to, for the start script and the storefront. */
export function publishableKeyFile(env: Env): string {
  return path.join(env.GELAR_RUNTIME_DIR, "publishable-key")
}

/** The names the schema knows: anything else given to the backend is a typo or a leftover. */
export const ENV_KEYS = Object.keys(envShape.shape) as (keyof Env)[]

/** Formats zod issues as one line that names each variable, what it expects and what it got. */
export function formatEnvError(
  issues: { path: PropertyKey[]; message: string }[],
  source: Record<string, string | undefined>
): string {
  const parts = issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment")
    const got = source[name]
    const shown = got === undefined ? "" : ` (got "${got.length > 60 ? got.slice(0, 57) + "..." : got}")`
    return `${name} must be ${issue.message}${shown}`
  })
  return `Invalid environment: ${parts.join("; ")}`
}

/** Parses the environment or throws an Error whose message is the one-line explanation. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings (e.g. `FOO=` in a compose file) mean "not set".
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== "")
  )
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    throw new Error(formatEnvError(result.error.issues, source))
  }
  return result.data
}

/** The connection string: the configured server, or the embedded PostgreSQL the start script runs. */
export function databaseUrl(env: Env): string {
  return (
    env.DATABASE_URL ??
    `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/gelar`
  )
}

/**
 * Parses process.env and, when it is wrong, prints the one-line message and exits:
 * a process with a bad configuration must not half-start.
 */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv(process.env)
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    process.exit(1)
  }
}
