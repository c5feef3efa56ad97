import { parseEnv, databaseUrl, ENV_KEYS } from "./env"

describe("backend environment", () => {
  it("runs on embedded PostgreSQL with development defaults when nothing is set", () => {
    const env = parseEnv({})
    expect(env.DATABASE_URL).toBeUndefined()
    expect(databaseUrl(env)).toBe("postgres://postgres:postgres@127.0.0.1:54329/gelar")
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
  })

  it("names the variable, what it expects and what it got, on one line", () => {
    expect(() => parseEnv({ DATABASE_URL: "nonsense" })).toThrow(
      'Invalid environment: DATABASE_URL must be a postgres:// connection URL (got "nonsense")'
    )
    expect(() => parseEnv({ REDIS_URL: "localhost:6379", MEDUSA_WORKER_MODE: "both" })).toThrow(
      /REDIS_URL must be a redis:\/\/ URL.*; MEDUSA_WORKER_MODE must be shared, server or worker/
    )
    try {
      parseEnv({ PORT: "ninety" })
    } catch (e) {
      expect((e as Error).message).not.toContain("\n")
    }
  })

  it("refuses development secrets and the embedded database in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET must be a secret of your own/)
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://u:p@db:5432/gelar",
      JWT_SECRET: "a-long-production-secret-1",
      COOKIE_SECRET: "a-long-production-secret-2",
    })
    expect(databaseUrl(env)).toBe("postgres://u:p@db:5432/gelar")
  })

  it("treats an empty value as unset", () => {
    expect(parseEnv({ REDIS_URL: "" }).REDIS_URL).toBeUndefined()
  })

  it("knows every variable it reads", () => {
    expect(ENV_KEYS).toEqual(expect.arrayContaining(["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST"]))
  })
})
