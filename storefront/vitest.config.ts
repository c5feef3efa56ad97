import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    environment: "jsdom",
    setupFiles: ["./app/test-setup.ts"],
    include: ["app/**/*.test.{ts,tsx}"],
    // Loaded by Node as is: transforming the SDK only prints warnings about its missing sources.
    server: { deps: { external: [/@medusajs\//] } },
    env: { MEDUSA_PUBLISHABLE_KEY: "pk_test", PUBLIC_BASE_URL: "https://gelar.test" },
    reporters: [
      "default",
      ["json", { outputFile: path.resolve(import.meta.dirname, "../.data/test-results/storefront.json") }],
    ],
  },
})
