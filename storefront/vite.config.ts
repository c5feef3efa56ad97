import path from "node:path"
import { reactRouter } from "@react-router/dev/vite"
import tailwindcss from "@tailwindcss/vite"
import { defineConfig } from "vite"
import { loadEnvOrExit } from "./app/lib/env-schema.server.ts"

export default defineConfig(({ command }) => {
  // The dev server imports server modules lazily, on the first request: validating here makes
  // `react-router dev` refuse to start with the one-line message. A build needs no backend or key
  // (the production server validates when it starts).
  if (command === "serve") loadEnvOrExit()
  return {
    plugins: [tailwindcss(), reactRouter()],
    // The admin dashboard hoists react-router-dom 6 to the root; React Router's plugin pre-bundles any
    // react-router-dom it can resolve, and v6 does not build against v7. v7's react-router is all we use.
    resolve: { alias: { "react-router-dom": "react-router", "~": path.resolve(import.meta.dirname, "app") } },
    server: { port: 3000, strictPort: true },
  }
})
