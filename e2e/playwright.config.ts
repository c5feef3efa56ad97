import path from "node:path"
import { defineConfig, devices } from "@playwright/test"

// scripts/test.mjs starts the backend and storefront on their own ports and passes the URL.
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3400"
const stackSuffix = new URL(baseURL).port === "3400" ? "" : `-${new URL(baseURL).port}`

export default defineConfig({
  testDir: "./specs",
  // Two shared cores: one browser at a time keeps timings honest and runs predictable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: path.resolve(import.meta.dirname, "../.data/test-results/e2e.json") }],
  ],
  // One folder per stack: Playwright empties it when it starts, which would delete the traces of a run beside it.
  outputDir: path.resolve(import.meta.dirname, `../.data/e2e-artifacts${stackSuffix}`),
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // `playwright install` cannot download here: Debian's Chromium (scripts/install-browsers.sh).
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
})
