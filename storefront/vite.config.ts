import path from "node:path"
import { reactRouter } from "@react-router/dev/vite"
import tailwindcss from "@tailwindcss/vite"
import { defineConfig } from "vite"
// The dev server imports server modules lazily, on the first request: importing the validated
// environment here makes `react-router dev` refuse to start with the same one-line message.
import "./app/lib/env.server.ts"

export default defineConfig({
  plugins: [tailwindcss(), reactRouter()],
  // The admin dashboard hoists react-router-dom 6 to the root; React Router's plugin pre-bundles any
  // react-router-dom it can resolve, and v6 does not build against v7. v7's react-router is all we use.
  resolve: { alias: { "react-router-dom": "react-router", "~": path.resolve(import.meta.dirname, "app") } },
  server: { port: 3000, strictPort: true },
})
