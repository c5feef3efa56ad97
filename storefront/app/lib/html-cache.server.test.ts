// @vitest-environment node
import { describe, expect, it } from "vitest"
import { CACHE_CONTROL } from "./cache"
import { createHtmlCache } from "./html-cache.server"

/** A page server that renders `/…` as streamed HTML, counting its renders, with the given headers. */
function pages(headers: (path: string) => HeadersInit = () => ({ "Cache-Control": CACHE_CONTROL.catalogue })) {
  const server = {
    renders: 0,
    version: 1,
    render(request: Request) {
      server.renders++
      const path = new URL(request.url).pathname
      const html = [`<html lang="${path.startsWith("/en") ? "en" : "id"}">`, `<h1>${path} v${server.version}</h1>`, "</html>"]
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const part of html) controller.enqueue(new TextEncoder().encode(part))
          controller.close()
        },
      })
      return Promise.resolve(new Response(body, { headers: { "Content-Type": "text/html", ...headers(path) } }))
    },
  }
  return server
}

const get = (path: string, headers: HeadersInit = {}) => new Request(`http://gelar.test${path}`, { headers })

/** Waits until the copy being kept in the background has been read to its end. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 10))

describe("the storefront's shared page cache", () => {
  it("answers a second anonymous visit to a public page from the cache", async () => {
    const cache = createHtmlCache()
    const server = pages()
    const first = await cache.handle(get("/produk/kain-parang"), () => server.render(get("/produk/kain-parang")))
    expect(first.headers.get("X-Cache")).toBe("MISS")
    expect(await first.text()).toContain("/produk/kain-parang v1")
    await settled()

    server.version = 2
    const second = await cache.handle(get("/produk/kain-parang"), () => server.render(get("/produk/kain-parang")))
    expect(second.headers.get("X-Cache")).toBe("HIT")
    expect(second.headers.get("Cache-Control")).toBe(CACHE_CONTROL.catalogue)
    expect(await second.text()).toContain("/produk/kain-parang v1")
    expect(server.renders).toBe(1)
  })

  it("keeps each language's page apart", async () => {
    const cache = createHtmlCache()
    const server = pages()
    for (const path of ["/produk/kain-parang", "/en/product/kain-parang"]) {
      await (await cache.handle(get(path), () => server.render(get(path)))).text()
    }
    await settled()
    const english = await cache.handle(get("/en/product/kain-parang"), () => server.render(get("/en/product/kain-parang")))
    expect(await english.text()).toContain('<html lang="en">')
    expect(server.renders).toBe(2)
  })

  it("never answers nor keeps a request that carries a cookie (cart, shopper or maker session)", async () => {
    const cache = createHtmlCache()
    const server = pages()
    const withCart = get("/produk/kain-parang", { Cookie: "gelar_cart=cart_123" })
    await (await cache.handle(withCart, () => server.render(withCart))).text()
    await settled()
    await (await cache.handle(withCart, () => server.render(withCart))).text()
    expect(server.renders).toBe(2)

    const anonymous = await cache.handle(get("/produk/kain-parang"), () => server.render(get("/produk/kain-parang")))
    expect(anonymous.headers.get("X-Cache")).toBe("MISS")
    await anonymous.text()
    await settled()
    await (await cache.handle(withCart, () => server.render(withCart))).text()
    expect(server.renders).toBe(4)
  })

  it("never answers a client navigation's data request with a kept page, nor keeps data", async () => {
    const cache = createHtmlCache()
    const server = pages()
    const browserPage = get("/katalog", { Accept: "text/html,application/xhtml+xml" })
    await (await cache.handle(browserPage, () => server.render(browserPage))).text()
    await settled()
    // React Router asks for `/katalog.data` with `fetch`, accepting any type; middleware sees `/katalog`.
    const navigation = get("/katalog", { Accept: "*/*" })
    const data = await cache.handle(navigation, () => server.render(navigation))
    expect(data.headers.get("X-Cache")).toBeNull()
    await data.text()
    expect(server.renders).toBe(2)

    const dataServer = pages(() => ({ "Content-Type": "text/x-script", "Cache-Control": CACHE_CONTROL.catalogue }))
    const fresh = createHtmlCache()
    for (let i = 0; i < 2; i++) await (await fresh.handle(get("/katalog"), () => dataServer.render(get("/katalog")))).text()
    await settled()
    expect(dataServer.renders).toBe(2)
    expect(fresh.size).toBe(0)
  })

  it("never keeps a private page, a page that sets a cookie, or one without s-maxage", async () => {
    for (const headers of <Record<string, string>[]>[
      { "Cache-Control": CACHE_CONTROL.private },
      { "Cache-Control": CACHE_CONTROL.catalogue, "Set-Cookie": "gelar_cart=cart_9; HttpOnly" },
      { "Cache-Control": "public, max-age=60" },
      { "Cache-Control": "public, s-maxage=300", Vary: "Cookie" },
    ]) {
      const cache = createHtmlCache()
      const server = pages(() => headers)
      for (let i = 0; i < 2; i++) {
        const res = await cache.handle(get("/keranjang"), () => server.render(get("/keranjang")))
        expect(res.headers.get("X-Cache")).toBeNull()
        await res.text()
        await settled()
      }
      expect(server.renders).toBe(2)
      expect(cache.size).toBe(0)
    }
  })

  it("serves a page for s-maxage, then stale while one render refreshes it, then renders again", async () => {
    let clock = 0
    const cache = createHtmlCache({ now: () => clock })
    const server = pages(() => ({ "Cache-Control": "public, max-age=10, s-maxage=60, stale-while-revalidate=120" }))
    const visit = async () => {
      const res = await cache.handle(get("/katalog"), () => server.render(get("/katalog")))
      const text = await res.text()
      await settled()
      return { state: res.headers.get("X-Cache"), age: res.headers.get("Age"), text }
    }
    await visit()
    clock = 59_000
    expect(await visit()).toMatchObject({ state: "HIT", age: "59" })
    server.version = 2
    clock = 61_000
    // Stale: answered at once with the old page while one render replaces it.
    expect(await visit()).toMatchObject({ state: "STALE", text: expect.stringContaining("v1") })
    expect(server.renders).toBe(2)
    expect(await visit()).toMatchObject({ state: "HIT", text: expect.stringContaining("v2") })
    clock = 61_000 + 60_000 + 120_000
    server.version = 3
    expect(await visit()).toMatchObject({ state: "MISS", text: expect.stringContaining("v3") })
    expect(server.renders).toBe(3)
  })

  it("stays within its memory budget, dropping the least recently used page", async () => {
    const server = pages()
    const pageBytes = (await (await server.render(get("/produk/a"))).arrayBuffer()).byteLength
    // Room for four pages.
    const cache = createHtmlCache({ maxBytes: Math.floor(4.5 * pageBytes) })
    const visit = async (path: string) => {
      await (await cache.handle(get(path), () => server.render(get(path)))).text()
      await settled()
    }
    for (const path of ["/produk/a", "/produk/b", "/produk/c", "/produk/a", "/produk/d", "/produk/e"]) await visit(path)
    expect(cache.size).toBe(4)
    expect(cache.bytes).toBeLessThanOrEqual(4.5 * pageBytes)
    const renders = server.renders
    // "a" was visited again, so "b" was the coldest page and went first.
    for (const path of ["/produk/a", "/produk/c", "/produk/d", "/produk/e"]) await visit(path)
    expect(server.renders).toBe(renders)
    await visit("/produk/b")
    expect(server.renders).toBe(renders + 1)
  })
})
