import path from "node:path"
import { parse } from "yaml"
import {
  checkBackendServices,
  composeVariables,
  interpolate,
  readCompose,
  readDotenv,
  serviceEnvironment,
} from "./check-compose-env"

const ROOT = path.resolve(process.cwd(), "..")
const { compose, text } = readCompose(path.join(ROOT, "docker-compose.yml"))
const example = readDotenv(path.join(ROOT, "docker", ".env.example"))
const BACKEND_SERVICES = ["backend-migrate", "backend-server", "backend-worker"]

describe("docker-compose.yml (no Docker engine here: read, not run)", () => {
  it("gives every backend service a complete, valid production environment the backend knows", () => {
    expect(checkBackendServices(compose, BACKEND_SERVICES, example)).toEqual([])
  })

  it("runs the backend image once as HTTP server and once as worker", () => {
    const mode = (name: string) => serviceEnvironment(compose.services[name], example).MEDUSA_WORKER_MODE
    expect(mode("backend-server")).toBe("server")
    expect(mode("backend-worker")).toBe("worker")
  })

  it("has PostgreSQL 16, Redis 7 and Meilisearch v1 with a master key, health checks and named volumes", () => {
    const services = compose.services as Record<string, any>
    expect(services.postgres.image).toMatch(/^postgres:16/)
    expect(services.redis.image).toMatch(/^redis:7/)
    expect(services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v1/)
    expect(serviceEnvironment(services.meilisearch, example).MEILI_MASTER_KEY.length).toBeGreaterThanOrEqual(16)
    for (const name of ["postgres", "redis", "meilisearch", "backend-server", "storefront"]) {
      expect(services[name].healthcheck, `${name} has a health check`).toBeDefined()
    }
    expect(Object.keys(compose.volumes ?? {})).toEqual(
      expect.arrayContaining(["postgres-data", "redis-data", "meili-data"])
    )
  })

  it("documents in docker/.env.example every variable the compose file requires", () => {
    const { all, required } = composeVariables(text)
    for (const name of required) expect(Object.keys(example), `${name} in .env.example`).toContain(name)
    for (const name of Object.keys(example)) expect([...all], `${name} used by compose`).toContain(name)
  })

  it("reports a missing required variable and an unknown one, naming the service (the check can fail)", () => {
    const broken = parse(`
services:
  backend-server:
    environment:
      NODE_ENV: production
      DATABASE_URL: postgres://u:p@db:5432/gelar
      COOKIE_SECRET: a-long-enough-cookie-secret
      MEILI_HOST: http://meilisearch:7700
`)
    expect(checkBackendServices(broken, ["backend-server"], {})).toEqual([
      "backend-server: MEILI_HOST is not a variable the backend reads",
      "backend-server: Invalid environment: JWT_SECRET must be a secret of your own when NODE_ENV=production",
    ])
  })

  it("resolves compose interpolation defaults and refuses a missing required value", () => {
    expect(interpolate("${A:-x}/${B-y}", { B: "" })).toBe("x/")
    expect(() => interpolate("${C:?set C}", {})).toThrow("compose needs C: set C")
  })
})
