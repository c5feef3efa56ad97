import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend, REGIONS, reply } from "~/test/fake-backend"
import { action, loader } from "./cart"

afterEach(() => vi.unstubAllGlobals())

const CART = {
  id: "cart_1",
  currency_code: "idr",
  total: 1250000,
  item_total: 1250000,
  items: [
    {
      id: "cali_1",
      title: "All size",
      product_title: "Kain Batik Tulis Asem Arang",
      product_handle: "kain-batik-tulis-asem-arang",
      quantity: 1,
      unit_price: 1250000,
      total: 1250000,
      product_id: "prod_1",
      variant_id: "variant_1",
    },
  ],
}

const post = (body: Record<string, string>, cookie?: string) =>
  new Request("http://shop.test/keranjang", {
    method: "POST",
    body: new URLSearchParams(body),
    headers: cookie ? { Cookie: cookie } : {},
  })

async function settle(p: Promise<unknown>): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

describe("cart route", () => {
  it("adds to a new cart, keeps its id in an httpOnly SameSite=Lax cookie and redirects to the cart page", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      "POST /store/carts": () => ({ cart: { id: "cart_1" } }),
    })
    const res = await settle(action({ request: post({ intent: "add", variant_id: "variant_1", quantity: "1" }) } as never))
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/keranjang")
    const cookie = res.headers.get("Set-Cookie")
    expect(cookie).toMatch(/^gelar_cart=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    // The first piece goes in with the new cart: one request, one backend workflow.
    const posts = calls.filter((c) => c.method === "POST")
    expect(posts.map((c) => c.url.pathname)).toEqual(["/store/carts"])
    expect(posts[0].body).toMatchObject({ items: [{ variant_id: "variant_1", quantity: 1 }] })
  })

  it("adds to a completed cart's successor: a new cart, not the finished one", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      "GET /store/carts/cart_old": () => ({ cart: { id: "cart_old", completed_at: "2026-12-05T10:00:00Z" } }),
      "POST /store/carts": () => ({ cart: { id: "cart_1" } }),
    })
    const { cartCookie } = await import("~/lib/cart-cookie.server")
    const res = await settle(
      action({ request: post({ intent: "add", variant_id: "variant_1", quantity: "1" }, await cartCookie.serialize("cart_old")) } as never)
    )
    expect(res.status).toBe(302)
    expect(await cartCookie.parse(res.headers.get("Set-Cookie"))).toBe("cart_1")
    expect(calls.some((c) => c.url.pathname.startsWith("/store/carts/cart_old/line-items"))).toBe(false)
  })

  it("makes no cart and sets no cookie when the first piece is refused (sold out)", async () => {
    fakeBackend({
      ...REGIONS,
      "POST /store/carts": () =>
        reply(400, { type: "not_allowed", message: '"Kain Batik Tulis Asem Arang" is sold out.' }),
    })
    const res = await settle(action({ request: post({ intent: "add", variant_id: "variant_1", quantity: "1" }) } as never))
    expect(res.init.status).toBe(400)
    expect(res.data.message).toContain('"Kain Batik Tulis Asem Arang" is sold out')
    expect(new Headers(res.init.headers).get("Set-Cookie")).toBeNull()
  })

  it("shows the backend's refusal (more than the stock) as a 400 and changes nothing", async () => {
    fakeBackend({
      ...REGIONS,
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "POST /store/carts/cart_1/line-items": () =>
        reply(400, { type: "not_allowed", message: 'Only 1 of "Kain Batik Tulis Asem Arang" left: you asked for 2.' }),
    })
    const { cartCookie } = await import("~/lib/cart-cookie.server")
    const cookie = await cartCookie.serialize("cart_1")
    const res = await settle(
      action({ request: post({ intent: "add", variant_id: "variant_1", quantity: "1" }, cookie) } as never)
    )
    expect(res.init.status).toBe(400)
    expect(res.data.message).toContain('Only 1 of "Kain Batik Tulis Asem Arang" left')
  })

  it("refuses a negative quantity before calling the backend", async () => {
    const calls = fakeBackend({ ...REGIONS })
    const res = await settle(action({ request: post({ intent: "add", variant_id: "variant_1", quantity: "-1" }) } as never))
    expect(res.init.status).toBe(400)
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })

  it("shows an empty cart once its order was placed (the cookie still names the completed cart)", async () => {
    // Medusa returns only the fields asked for: a completed cart says so only when asked for completed_at.
    fakeBackend({
      ...REGIONS,
      "GET /store/carts/cart_1": (url) => ({
        cart: (url.searchParams.get("fields") ?? "").split(",").includes("completed_at")
          ? { ...CART, completed_at: "2026-12-05T10:00:00Z" }
          : CART,
      }),
    })
    const { cartCookie } = await import("~/lib/cart-cookie.server")
    const request = new Request("http://shop.test/keranjang", { headers: { Cookie: await cartCookie.serialize("cart_1") } })
    const res: any = await loader({ request } as never)
    expect(res.data.cart).toBeNull()
  })

  it("marks a line whose piece sold out since it was added, and is never cached", async () => {
    // The cart route leaves a line's variant empty; its stock now comes from the products route.
    const calls = fakeBackend({
      ...REGIONS,
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "GET /store/products": () => ({
        products: [{ id: "prod_1", variants: [{ id: "variant_1", manage_inventory: true, allow_backorder: false, inventory_quantity: 0 }] }],
      }),
    })
    const { cartCookie } = await import("~/lib/cart-cookie.server")
    const request = new Request("http://shop.test/keranjang", { headers: { Cookie: await cartCookie.serialize("cart_1") } })
    const res: any = await loader({ request } as never)
    expect(res.data.cart.items[0]).toMatchObject({ title: "Kain Batik Tulis Asem Arang", available: 0 })
    expect(calls.find((c) => c.url.pathname === "/store/products")?.url.search).toContain("prod_1")
    expect(new Headers(res.init.headers).get("Cache-Control")).toBe("private, no-store")
  })
})
