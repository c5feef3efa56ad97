import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend } from "~/test/fake-backend"
import { CACHE_CONTROL, routeHeaders } from "./cache"
import { cartCookie, cartCountFrom } from "./cart-cookie.server"

afterEach(() => vi.unstubAllGlobals())

const page = (cookie?: string) => new Request("http://shop.test/produk/x", { headers: cookie ? { Cookie: cookie } : {} })

describe("header cart count", () => {
  it("is not looked up for a request without a cart cookie, so the page stays shareable", async () => {
    const calls = fakeBackend({})
    expect(await cartCountFrom(page())).toBeNull()
    expect(calls).toHaveLength(0)
    const headers = new Headers(
      routeHeaders({ loaderHeaders: new Headers({ "Cache-Control": CACHE_CONTROL.catalogue }), parentHeaders: new Headers() } as never)
    )
    expect(headers.get("Cache-Control")).toBe(CACHE_CONTROL.catalogue)
  })

  it("counts the pieces of the visitor's cart, and the page carrying it is private", async () => {
    fakeBackend({
      "GET /store/carts/cart_1": () => ({ cart: { id: "cart_1", completed_at: null, items: [{ quantity: 2 }, { quantity: 1 }] } }),
    })
    const cookie = (await cartCookie.serialize("cart_1")).split(";")[0]
    expect(await cartCountFrom(page(cookie))).toBe(3)
    const headers = new Headers(
      routeHeaders({
        loaderHeaders: new Headers({ "Cache-Control": CACHE_CONTROL.catalogue }),
        parentHeaders: new Headers({ "Cache-Control": CACHE_CONTROL.private }),
      } as never)
    )
    expect(headers.get("Cache-Control")).toBe("private, no-store")
  })

  it("is 0 once the cart became an order", async () => {
    fakeBackend({ "GET /store/carts/cart_1": () => ({ cart: { id: "cart_1", completed_at: "2026-12-05", items: [{ quantity: 1 }] } }) })
    const cookie = (await cartCookie.serialize("cart_1")).split(";")[0]
    expect(await cartCountFrom(page(cookie))).toBe(0)
  })
})
