import { configure, fireEvent, render, screen } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { cartCookie } from "~/lib/cart-cookie.server"
import { env } from "~/lib/env.server"
import { dictionary } from "~/lib/i18n"
import { getProductByHandle } from "~/lib/medusa/products.server"
import { orderCookie } from "~/lib/order-cookie.server"
import { fakeBackend, REGIONS, reply, storeProduct } from "~/test/fake-backend"
import { loader as returnLoader } from "./checkout-return"
import CheckoutPage, { action, loader } from "./checkout"

afterEach(() => vi.unstubAllGlobals())
// The loaders run for real on two cores shared by many: give a page more than the default second.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 })

const LINE = {
  id: "cali_1",
  title: "All size",
  product_title: "Kain Batik Tulis Asem Arang",
  product_handle: "kain-batik-tulis-asem-arang",
  variant_title: "All size",
  quantity: 1,
  unit_price: 1250000,
  total: 1250000,
  variant: { manage_inventory: true, allow_backorder: false, inventory_quantity: 1 },
}

const CART = {
  id: "cart_1",
  region_id: "reg_idr",
  currency_code: "idr",
  email: "sri@example.com",
  total: 1250000,
  item_total: 1250000,
  shipping_total: 0,
  completed_at: null,
  metadata: null,
  items: [LINE],
  shipping_address: { country_code: "id" },
  shipping_methods: [],
  payment_collection: null,
}

const OPTIONS = {
  shipping_options: [
    { id: "so_courier", name: "Kurir ke alamat", amount: 25000, data: { kind: "courier" } },
    { id: "so_pickup", name: "Ambil di booth pameran", amount: 0, data: { kind: "booth-pickup" } },
  ],
}

const BOOTH = {
  "GET /store/products": () => ({ products: [storeProduct()], count: 1 }),
  "GET /store/makers/batik-malon": () => ({
    maker: { id: "mkr_1", handle: "batik-malon", name: "Batik Malon", booth: { exhibition_handle: "x", booth_code: "A-03" } },
  }),
}

async function cartCookieHeader() {
  return (await cartCookie.serialize("cart_1")).split(";")[0]
}

const post = async (path: string, body: Record<string, string>) =>
  new Request(`http://shop.test${path}`, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { Cookie: await cartCookieHeader() },
  })

const get = async (path: string) => new Request(`http://shop.test${path}`, { headers: { Cookie: await cartCookieHeader() } })

async function settle(p: unknown): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

/** The checkout page as the router serves it, its loader and action getting the cart cookie a browser would send. */
async function renderCheckout(path: string) {
  const cookie = await cartCookieHeader()
  const withCookie = async (request: Request) =>
    new Request(request.url, {
      method: request.method,
      headers: { Cookie: cookie },
      ...(request.method === "POST" ? { body: new URLSearchParams((await request.formData()) as never) } : {}),
    })
  const Stub = createRoutesStub([
    {
      path: path.split("?")[0],
      Component: CheckoutPage as never,
      loader: (async ({ request }: { request: Request }) => loader({ request: await withCookie(request) } as never)) as never,
      action: (async ({ request }: { request: Request }) => action({ request: await withCookie(request) } as never)) as never,
    },
  ])
  render(<Stub initialEntries={[path]} />)
}

describe("checkout", () => {
  it("refuses a malformed email next to the field, in Indonesian, keeping what was typed", async () => {
    const calls = fakeBackend({ ...REGIONS, "GET /store/carts/cart_1": () => ({ cart: { ...CART, email: null } }) })
    await renderCheckout("/pembayaran")
    const email = await screen.findByLabelText("Email")
    fireEvent.change(email, { target: { value: "sri@" } })
    fireEvent.click(screen.getByRole("button", { name: "Lanjut" }))
    expect(await screen.findByText("Tulis alamat email yang lengkap, misalnya nama@contoh.id.")).toBeInTheDocument()
    expect(screen.getByLabelText("Email")).toHaveValue("sri@")
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true")
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })

  it("takes booth pickup with a name and phone only, shows the maker's booth, and goes on to payment", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      ...BOOTH,
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "GET /store/shipping-options": () => OPTIONS,
      "POST /store/carts/cart_1": () => ({ cart: CART }),
      "POST /store/carts/cart_1/shipping-methods": () => ({ cart: CART }),
    })
    const page: any = await loader({ request: await get("/pembayaran?step=delivery") } as never)
    expect(page.data.step).toBe("delivery")
    expect(page.data.delivery.booths).toEqual([{ maker: "Batik Malon", booth: "A-03" }])
    expect(new Headers(page.init.headers).get("Cache-Control")).toBe("private, no-store")

    const res = await settle(
      action({
        request: await post("/pembayaran", { intent: "delivery", option_id: "so_pickup", first_name: "Sri", phone: "0812 3456 7890" }),
      } as never)
    )
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/pembayaran?step=payment")
    const update = calls.find((c) => c.method === "POST" && c.url.pathname === "/store/carts/cart_1")
    expect(update?.body).toEqual({
      shipping_address: { first_name: "Sri", last_name: "", phone: "081234567890", country_code: "id" },
      metadata: { delivery: "booth-pickup" },
    })
    expect(calls.find((c) => c.url.pathname.endsWith("/shipping-methods"))?.body).toEqual({
      option_id: "so_pickup",
      data: { kind: "booth-pickup" },
    })
  })

  it("refuses a courier address with a 4-digit postal code and no district next to those fields, in English, keeping the rest", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      ...BOOTH,
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "GET /store/shipping-options": () => OPTIONS,
    })
    await renderCheckout("/en/checkout?step=delivery")
    fireEvent.click(await screen.findByRole("radio", { name: /Courier delivery/ }))
    const a = dictionary("en").address
    fireEvent.change(screen.getByLabelText(a.firstName), { target: { value: "Sri" } })
    fireEvent.change(screen.getByLabelText(a.phone), { target: { value: "0812 3456 7890" } })
    fireEvent.change(screen.getByLabelText(a.address1), { target: { value: "Jl. Pemuda 12" } })
    fireEvent.change(screen.getByLabelText(a.city), { target: { value: "Semarang" } })
    fireEvent.change(screen.getByLabelText(a.province), { target: { value: "Jawa Tengah" } })
    fireEvent.change(screen.getByLabelText(a.postalCode), { target: { value: "5013" } })
    fireEvent.click(screen.getByRole("button", { name: "Continue" }))
    expect(await screen.findByText(/5 digits/)).toBeInTheDocument()
    expect(screen.getByLabelText(a.postalCode)).toHaveAccessibleDescription(/5 digits/)
    expect(screen.getByLabelText(a.district)).toHaveAttribute("aria-invalid", "true")
    expect(screen.getByLabelText(a.address1)).toHaveValue("Jl. Pemuda 12")
    expect(screen.getByRole("radio", { name: /Courier delivery/ })).toBeChecked()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })

  it("offers card payment only when the backend lists Stripe and the storefront has a Stripe key", async () => {
    fakeBackend({
      ...REGIONS,
      "GET /store/carts/cart_1": () => ({ cart: { ...CART, shipping_methods: [{ id: "sm_1", shipping_option_id: "so_pickup" }] } }),
      "GET /store/payment-providers": () => ({ payment_providers: [{ id: "pp_system_default" }, { id: "pp_stripe_stripe" }] }),
    })
    const without: any = await loader({ request: await get("/pembayaran?step=payment") } as never)
    expect(without.data.payment).toMatchObject({ bankTransfer: true, stripe: null })
    const saved = env.STRIPE_PUBLISHABLE_KEY
    env.STRIPE_PUBLISHABLE_KEY = "pk_test_gelar"
    try {
      const withKey: any = await loader({ request: await get("/pembayaran?step=payment") } as never)
      expect(withKey.data.payment).toMatchObject({ bankTransfer: true, stripe: "pp_stripe_stripe" })
    } finally {
      env.STRIPE_PUBLISHABLE_KEY = saved
    }
  })

  it("does not skip steps: a cart without delivery asked for review shows the delivery step", async () => {
    fakeBackend({ ...REGIONS, ...BOOTH, "GET /store/carts/cart_1": () => ({ cart: CART }), "GET /store/shipping-options": () => OPTIONS })
    const res: any = await loader({ request: await get("/pembayaran?step=review") } as never)
    expect(res.data.step).toBe("delivery")
  })

  it("placing an order twice yields one order: a completion still running (409) is waited for, a completed cart leads to its order", async () => {
    let completions = 0
    fakeBackend({
      ...REGIONS,
      "POST /store/carts/cart_1/complete": () =>
        ++completions === 1
          ? reply(409, { type: "conflict", message: "Cart is already being completed by another request" })
          : { type: "order", order: { id: "order_1", display_id: 7 } },
      "GET /store/carts/cart_1": () => ({ cart: { ...CART, completed_at: "2026-12-05T03:00:00Z" } }),
    })
    const placed = await settle(action({ request: await post("/pembayaran", { intent: "place" }) } as never))
    expect(placed.status).toBe(302)
    expect(placed.headers.get("Location")).toBe("/pesanan/order_1")
    expect(await orderCookie.parse(placed.headers.get("Set-Cookie"))).toEqual(["order_1"])

    // The second tab reloads the checkout: the cart is completed, the page leads to the same order.
    const again = await settle(loader({ request: await get("/pembayaran?step=review") } as never))
    expect(again.headers.get("Location")).toBe("/pesanan/order_1")
    expect(completions).toBe(3)
  })

  it("after an order, the sold piece's product is read afresh instead of from this process's cache", async () => {
    let reads = 0
    fakeBackend({
      ...REGIONS,
      "GET /store/products": () => {
        reads++
        return { products: [storeProduct()], count: 1 }
      },
      "POST /store/carts/cart_1/complete": () => ({
        type: "order",
        order: { id: "order_3", display_id: 9, items: [{ product_handle: "kain-batik-tulis-asem-arang" }] },
      }),
    })
    await getProductByHandle("kain-batik-tulis-asem-arang")
    await getProductByHandle("kain-batik-tulis-asem-arang")
    expect(reads).toBe(1)
    await settle(action({ request: await post("/pembayaran", { intent: "place" }) } as never))
    await getProductByHandle("kain-batik-tulis-asem-arang")
    expect(reads).toBe(2)
  })

  it("shows a sold-out refusal at placing in the visitor's language, with the way back to the cart", async () => {
    fakeBackend({
      ...REGIONS,
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "POST /store/carts/cart_1/complete": () =>
        reply(400, {
          type: "not_allowed",
          message: '"Kain Batik Tulis Asem Arang" is sold out: another shopper bought the last one. Remove it from your cart to continue.',
        }),
    })
    const res: any = await action({ request: await post("/pembayaran", { intent: "place" }) } as never)
    expect(res.init.status).toBe(400)
    const Stub = createRoutesStub([
      { path: "/pembayaran", Component: CheckoutPage as never, loader: () => reviewData, action: () => res },
    ])
    const reviewData = (await settleLoaderForReview()).data
    render(<Stub initialEntries={["/pembayaran"]} />)
    fireEvent.click(await screen.findByRole("button", { name: "Buat pesanan" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("Kain Batik Tulis Asem Arang terjual habis")
    expect(screen.getByRole("link", { name: "Kembali ke keranjang" })).toHaveAttribute("href", "/keranjang")
  })

  it("completes the cart when Stripe sends the shopper back, and returns to the review after a failed payment", async () => {
    fakeBackend({ ...REGIONS, "POST /store/carts/cart_1/complete": () => ({ type: "order", order: { id: "order_2", display_id: 8 } }) })
    const ok = await settle(returnLoader({ request: await get("/pembayaran/kembali?payment_intent=pi_1&redirect_status=succeeded") } as never))
    expect(ok.headers.get("Location")).toBe("/pesanan/order_2")
    const failed = await settle(returnLoader({ request: await get("/en/checkout/return?payment_intent=pi_1&redirect_status=failed") } as never))
    expect(failed.headers.get("Location")).toBe("/en/checkout?step=review&error=payment")
    // A payment Stripe called successful that the backend still refuses is a failed one, not one to wait for.
    fakeBackend({
      ...REGIONS,
      "POST /store/carts/cart_1/complete": () => ({ type: "cart", cart: { id: "cart_1" }, error: { message: "Payment authorization failed" } }),
    })
    const refused = await settle(returnLoader({ request: await get("/en/checkout/return?payment_intent=pi_1&redirect_status=succeeded") } as never))
    expect(refused.headers.get("Location")).toBe("/en/checkout?step=review&error=payment")
  })

  it("tells a shopper whose bank still processes the payment to wait, and places the order once Stripe's webhook has paid it", async () => {
    let paid = false
    fakeBackend({
      ...REGIONS,
      "POST /store/carts/cart_1/complete": () =>
        paid
          ? { type: "order", order: { id: "order_4", display_id: 10 } }
          : { type: "cart", cart: { id: "cart_1" }, error: { message: "Payment authorization failed" } },
    })
    const waiting = await settle(returnLoader({ request: await get("/pembayaran/kembali?payment_intent=pi_1&redirect_status=processing") } as never))
    expect(waiting.headers.get("Location")).toBe("/pembayaran?step=review&payment=processing")

    const reviewData = (await settleLoaderForReview("/pembayaran?step=review&payment=processing")).data
    const Stub = createRoutesStub([{ path: "/pembayaran", Component: CheckoutPage as never, loader: () => reviewData }])
    render(<Stub initialEntries={["/pembayaran?step=review&payment=processing"]} />)
    expect(await screen.findByRole("status")).toHaveTextContent("masih diproses oleh bank. Jangan bayar lagi")
    expect(screen.queryByRole("alert")).toBeNull()
    const check = screen.getByRole("link", { name: "Periksa pembayaran" })
    expect(check).toHaveAttribute("href", "/pembayaran/kembali?redirect_status=processing")

    paid = true
    fakeBackend({ ...REGIONS, "POST /store/carts/cart_1/complete": () => ({ type: "order", order: { id: "order_4", display_id: 10 } }) })
    const placed = await settle(returnLoader({ request: await get(check.getAttribute("href")!) } as never))
    expect(placed.headers.get("Location")).toBe("/pesanan/order_4")
  })
})

/** Loader data of the review step of a cart paid by bank transfer. */
async function settleLoaderForReview(path = "/pembayaran?step=review") {
  fakeBackend({
    ...REGIONS,
    "GET /store/carts/cart_1": () => ({
      cart: {
        ...CART,
        metadata: { delivery: "courier" },
        shipping_address: { first_name: "Sri", phone: "081234567890", address_1: "Jl. Pemuda 12", country_code: "id" },
        shipping_methods: [{ id: "sm_1", shipping_option_id: "so_courier", name: "Kurir ke alamat" }],
        payment_collection: { id: "pc_1", payment_sessions: [{ id: "ps_1", provider_id: "pp_system_default", data: {} }] },
      },
    }),
  })
  return (await loader({ request: await get(path) } as never)) as any
}
