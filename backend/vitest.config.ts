import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // medusaIntegrationTestRunner declares its suites with jest-style globals.
    globals: true,
    environment: "node",
    setupFiles: ["./integration-tests/setup.ts"],
    // Each integration file boots a whole Medusa app on its own database: one at a time.
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    include: ["integration-tests/**/*.test.ts", "src/**/*.test.ts"],
    reporters: [
      "default",
      ["json", { outputFile: path.resolve(__dirname, "../.data/test-results/backend.json") }],
    ],
  },
})
