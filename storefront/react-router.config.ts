import type { Config } from "@react-router/dev/config"

export default {
  ssr: true,
  appDirectory: "app",
  // The e2e runner builds into a folder of its own, so it never swaps assets under a running server.
  buildDirectory: process.env.STOREFRONT_BUILD_DIR ?? "build",
  future: {
    // Each route's client code (component vs. loaders) splits into its own chunk: less JavaScript per page.
    v8_splitRouteModules: true,
    v8_middleware: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config
