import { afterEach, describe, expect, it, vi } from "vitest"
import { startSession } from "~/lib/portal-session.server"
import { fakeBackend, reply } from "~/test/fake-backend"
import { action } from "./product-editor"

afterEach(() => vi.unstubAllGlobals())

const ORIGIN = "https://gelar.test"

async function signedIn() {
  return (await startSession(new Request(`${ORIGIN}/portal`), "tok_maker")).split(";")[0]
}

const post = async (url: string, body: Record<string, string>) =>
  new Request(`${ORIGIN}${url}`, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { Origin: ORIGIN, Cookie: await signedIn() },
  })

async function settle(p: unknown): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

const PRODUCT = {
  id: "prod_1",
  title: "Kemeja Tulis Parang",
  handle: "kemeja-tulis-parang",
  status: "draft",
  images: [],
  variants: [
    { id: "variant_m", title: "M", stock: { stocked_quantity: 2, reserved_quantity: 0, available_quantity: 2 } },
    { id: "variant_l", title: "L", stock: { stocked_quantity: 1, reserved_quantity: 0, available_quantity: 1 } },
  ],
}

describe("portal product editor, saved piece", () => {
  it("publishes with the edited texts and sends only the stock that changed", async () => {
    const calls = fakeBackend({
      "GET /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1": () => ({ product: { ...PRODUCT, status: "published" } }),
      "POST /makers/products/prod_1/variants/variant_l/stock": () => ({ variant: { id: "variant_l" } }),
    })
    const request = await post("/portal/produk/prod_1", {
      intent: "publish",
      title: "Kemeja Tulis Parang Rusak",
      description: "",
      stock_variant_m: "2",
      stock_variant_l: "3",
    })
    const res = await settle(action({ request, params: { id: "prod_1" } } as never))
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/portal/produk/prod_1?saved=published")
    const posts = calls.filter((c) => c.method === "POST")
    expect(posts.map((c) => c.url.pathname)).toEqual([
      "/makers/products/prod_1",
      "/makers/products/prod_1/variants/variant_l/stock",
    ])
    expect(posts[0].body).toEqual({ title: "Kemeja Tulis Parang Rusak", description: null, status: "published" })
    expect(posts[1].body).toEqual({ quantity: 3 })
  })

  it("deletes only after the confirmation box is ticked", async () => {
    const calls = fakeBackend({ "DELETE /makers/products/prod_1": () => ({ id: "prod_1", deleted: true }) })
    const unconfirmed: any = await action({ request: await post("/portal/produk/prod_1", { intent: "delete" }), params: { id: "prod_1" } } as never)
    expect(unconfirmed.init.status).toBe(400)
    expect(unconfirmed.data.errors).toEqual({ confirm: "confirmDelete" })
    expect(calls).toHaveLength(0)
    const confirmed = await settle(
      action({ request: await post("/portal/produk/prod_1", { intent: "delete", confirm: "yes" }), params: { id: "prod_1" } } as never)
    )
    expect(confirmed.headers.get("Location")).toBe("/portal/produk")
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(["DELETE /makers/products/prod_1"])
  })

  it("shows another maker's piece as not found, changing nothing", async () => {
    const calls = fakeBackend({ "GET /makers/products/prod_other": () => reply(404, { message: "Product prod_other was not found" }) })
    const res = await settle(
      action({
        request: await post("/portal/produk/prod_other", { intent: "save", title: "Milik saya" }),
        params: { id: "prod_other" },
      } as never)
    )
    expect(res.init.status).toBe(404)
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })
})
