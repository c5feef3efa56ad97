// @vitest-environment node
import { createRequestHandler, data, type MiddlewareFunction, type ServerBuild } from "react-router"
import { describe, expect, it } from "vitest"
import { createHtmlCache } from "./html-cache.server"

/**
 * The page cache inside React Router's own request handler (the one `react-router-serve` runs): a
 * one-page app whose loader counts its runs, with the cache as its root middleware.
 */
function app() {
  let clock = 0
  let loads = 0
  const cache = createHtmlCache({ now: () => clock })
  const middleware: MiddlewareFunction<Response> = ({ request }, next) => cache.handle(request, next)
  const build = {
    entry: {
      module: {
        default: (_request: Request, status: number, headers: Headers, context: any) => {
          headers.set("Content-Type", "text/html")
          return new Response(`<html><body>${JSON.stringify(context.staticHandlerContext.loaderData)}</body></html>`, { status, headers })
        },
      },
    },
    routes: {
      root: {
        id: "root",
        path: "",
        module: {
          default: () => null,
          middleware: [middleware],
          headers: ({ loaderHeaders }: { loaderHeaders: Headers }) => loaderHeaders,
          loader: () =>
            data({ load: ++loads }, { headers: { "Cache-Control": "public, max-age=10, s-maxage=60, stale-while-revalidate=120" } }),
        },
      },
    },
    assets: { entry: { imports: [], module: "/entry.js" }, routes: {}, url: "/manifest.js", version: "1" },
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    future: { v8_middleware: true },
    ssr: true,
    isSpaMode: false,
    prerender: [],
    routeDiscovery: { mode: "lazy", manifestPath: "/__manifest" },
  } as unknown as ServerBuild
  const handler = createRequestHandler(build, "production")
  return {
    get: (path: string, headers: HeadersInit = {}) => handler(new Request(`http://gelar.test${path}`, { headers })),
    advance: (ms: number) => (clock += ms),
    loads: () => loads,
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20))

describe("the page cache in React Router's request handler", () => {
  it("answers a repeated page load without running the loaders", async () => {
    const server = app()
    expect(await (await server.get("/")).text()).toContain('"load":1')
    await settled()
    const again = await server.get("/")
    expect(again.headers.get("X-Cache")).toBe("HIT")
    expect(await again.text()).toContain('"load":1')
    expect(server.loads()).toBe(1)
  })

  it("answers a client navigation's data request with data, never with the kept page", async () => {
    const server = app()
    await (await server.get("/", { Accept: "text/html" })).text()
    await settled()
    const navigation = await server.get("/_root.data", { Accept: "*/*" })
    expect(navigation.headers.get("Content-Type")).toMatch(/text\/x-script/)
    expect(navigation.headers.get("X-Cache")).toBeNull()
    await navigation.text()
    expect(server.loads()).toBe(2)
  })

  it("after s-maxage serves the stale page at once and renders a fresh one behind it", async () => {
    const server = app()
    await (await server.get("/")).text()
    await settled()
    server.advance(61_000)
    const stale = await server.get("/")
    expect(stale.headers.get("X-Cache")).toBe("STALE")
    expect(await stale.text()).toContain('"load":1')
    await settled()
    expect(server.loads()).toBe(2)
    const fresh = await server.get("/")
    expect(fresh.headers.get("X-Cache")).toBe("HIT")
    expect(await fresh.text()).toContain('"load":2')
  })
})
