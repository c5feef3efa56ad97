import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { databaseUrl, loadEnvOrExit } from "./src/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const env = loadEnvOrExit()

/** With REDIS_URL the event bus, cache, workflow engine and locks are shared between server and worker. */
const redisModules = env.REDIS_URL
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: env.REDIS_URL },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: databaseUrl(env),
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.DISABLE_ADMIN,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules,
    // Gelar's own modules (issue 3, decision 002).
    { resolve: "./src/modules/maker" },
    { resolve: "./src/modules/batik" },
    { resolve: "./src/modules/exhibition" },
  ],
})
