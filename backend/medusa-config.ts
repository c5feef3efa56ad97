import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { databaseUrl, loadEnvOrExit } from "./src/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const env = loadEnvOrExit()

/** With REDIS_URL the event bus, workflow engine and locks (and the cache, below) are shared between server and worker. */
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

/**
 * Medusa's Caching Module, on through the `caching` feature flag below (decision 007). It keeps what
 * core routes and workflows read again and again (the publishable key behind every store request,
 * regions, variants, price sets) and drops entries on the events of their entities. With REDIS_URL
 * the server and the worker share it in Redis; without, the one embedded process keeps it in memory.
 */
const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: env.REDIS_URL
    ? {
        providers: [
          {
            resolve: "@medusajs/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl: env.REDIS_URL },
          },
        ],
      }
    : { in_memory: { enable: true } },
}

/**
 * Product search (issue 4, decision 003): Gelar's Postgres provider (index-backed typo tolerance,
 * synonyms) by default; Meilisearch serves the indexes when MEILISEARCH_HOST is set. Medusa's own
 * Postgres provider stays registered so a provider switch can drop the previous engine's tables.
 */
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
      { resolve: "./src/providers/search-postgres-gelar", id: "gelar" },
      ...(env.MEILISEARCH_HOST
        ? [
            {
              resolve: "./src/providers/search-meilisearch",
              id: "meilisearch",
              options: { host: env.MEILISEARCH_HOST, api_key: env.MEILISEARCH_API_KEY },
            },
          ]
        : []),
    ],
    default_provider: env.MEILISEARCH_HOST ? "search-meilisearch" : "search-postgres-gelar",
  },
}

/**
 * Card payments (issue 6): Medusa's Stripe provider joins the system provider (bank transfer) only
 * when STRIPE_API_KEY is set; its webhook is POST /hooks/payment/stripe_stripe. Wrapped in
 * src/providers/payment-stripe so STRIPE_API_BASE_URL can point it at stripe-mock or a test's fake.
 */
const paymentModule = env.STRIPE_API_KEY
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "./src/providers/payment-stripe",
              id: "stripe",
              options: {
                apiKey: env.STRIPE_API_KEY,
                webhookSecret: env.STRIPE_WEBHOOK_SECRET,
                apiBaseUrl: env.STRIPE_API_BASE_URL,
              },
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
  // MEDUSA_FF_CACHING=false turns the Caching Module's use off again (Medusa reads it over this).
  featureFlags: { caching: true },
  admin: {
    disable: env.DISABLE_ADMIN,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules,
    cachingModule,
    ...paymentModule,
    searchModule,
    // Uploaded pictures are served by this backend: their URLs follow MEDUSA_BACKEND_URL (the local
    // provider would otherwise write http://localhost:9000 into every image URL, whatever the port).
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${env.MEDUSA_BACKEND_URL}/static` },
          },
        ],
      },
    },
    // Maker invites and password-reset links (issue 7). The local provider writes each message to the
    // log; a real email provider replaces it for production.
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
    // Gelar's own modules (issue 3, decision 002).
    { resolve: "./src/modules/maker" },
    { resolve: "./src/modules/batik" },
    { resolve: "./src/modules/exhibition" },
  ],
})
