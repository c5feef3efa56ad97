import { configure, fireEvent, render, screen, within } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { env } from "~/lib/env.server"
import { orderCookie } from "~/lib/order-cookie.server"
import { fakeBackend, REGIONS, reply, storeProduct } from "~/test/fake-backend"
import OrderPage, { loader } from "./order"
import OrderLookupPage, { action as lookupAction } from "./order-lookup"

afterEach(() => vi.unstubAllGlobals())
// The loaders run for real on two cores shared by many: give a page more than the default second.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 })

const ORDER = {
  id: "order_1",
  display_id: 7,
  email: "sri@example.com",
  total: 1250000,
  item_total: 1250000,
  shipping_total: 0,
  payment_status: "authorized",
  metadata: { delivery: "booth-pickup" },
  items: [
    {
      id: "ordli_1",
      title: "All size",
      product_title: "Kain Batik Tulis Asem Arang",
      product_handle: "kain-batik-tulis-asem-arang",
      variant_title: "All size",
      quantity: 1,
      total: 1250000,
    },
  ],
  shipping_address: { first_name: "Sri", last_name: "", phone: "081234567890", country_code: "id" },
  payment_collections: [{ id: "pc_1", status: "authorized", payments: [{ id: "pay_1", provider_id: "pp_system_default" }] }],
}

const BACKEND = {
  ...REGIONS,
  "GET /store/orders/order_1": () => ({ order: ORDER }),
  "GET /store/orders/order_1/maker-status": () => ({
    parts: [{ maker: { handle: "batik-malon", name: "Batik Malon" }, status: "new", tracking_number: null, line_item_ids: ["ordli_1"] }],
  }),
  "GET /store/products": () => ({ products: [storeProduct()], count: 1 }),
  "GET /store/makers/batik-malon": () => ({
    maker: { id: "mkr_1", handle: "batik-malon", name: "Batik Malon", booth: { exhibition_handle: "x", booth_code: "A-03" } },
  }),
}

async function cookieFor(ids: string[]) {
  return (await orderCookie.serialize(ids)).split(";")[0]
}

async function renderOrder(cookie: string | null, path = "/pesanan/order_1") {
  const Stub = createRoutesStub([
    {
      path: path.replace("order_1", ":id"),
      Component: OrderPage as never,
      loader: (({ params }: { params: { id: string } }) =>
        loader({ request: new Request(`http://shop.test${path}`, { headers: cookie ? { Cookie: cookie } : {} }), params } as never)) as never,
    },
  ])
  render(<Stub initialEntries={[path]} />)
}

describe("order confirmation", () => {
  it("shows the order number, the booth, the amount to transfer in rupiah and the organisers' account, with the number as reference", async () => {
    fakeBackend(BACKEND)
    await renderOrder(await cookieFor(["order_1"]))
    expect(await screen.findByRole("heading", { level: 1, name: "Pesanan #7" })).toBeInTheDocument()
    expect(screen.getByText("Menunggu transfer")).toBeInTheDocument()
    const transfer = screen.getByRole("region", { name: "Cara membayar dengan transfer bank" })
    expect(within(transfer).getByText("Rp 1.250.000")).toBeInTheDocument()
    expect(within(transfer).getByText(env.BANK_TRANSFER_ACCOUNT)).toBeInTheDocument()
    expect(within(transfer).getByText(env.BANK_TRANSFER_BANK)).toBeInTheDocument()
    expect(within(transfer).getByText("7")).toBeInTheDocument()
    expect(screen.getByText("Booth A-03: Batik Malon")).toBeInTheDocument()
    expect(screen.getByText(/Diterima perajin/)).toBeInTheDocument()
  })

  it("is not shown for an order id alone, nor with a cookie whose signature is forged", async () => {
    const calls = fakeBackend(BACKEND)
    const forged = `gelar_orders=${Buffer.from(JSON.stringify(["order_1"])).toString("base64")}`
    for (const cookie of [null, forged]) {
      const res: any = await loader({
        request: new Request("http://shop.test/pesanan/order_1", { headers: cookie ? { Cookie: cookie } : {} }),
        params: { id: "order_1" },
      } as never)
      expect(res.init.status).toBe(404)
      expect(res.data.order).toBeNull()
    }
    expect(calls.filter((c) => c.url.pathname.startsWith("/store/orders"))).toHaveLength(0)
  })

  it("shows no transfer instructions once the organisers marked the order paid", async () => {
    fakeBackend({
      ...BACKEND,
      "GET /store/orders/order_1": () => ({
        order: { ...ORDER, payment_status: "captured", payment_collections: [{ ...ORDER.payment_collections[0], status: "completed" }] },
      }),
    })
    await renderOrder(await cookieFor(["order_1"]), "/en/orders/order_1")
    expect(await screen.findByText("Paid")).toBeInTheDocument()
    expect(screen.queryByRole("region", { name: "How to pay by bank transfer" })).toBeNull()
  })
})

describe("order lookup", () => {
  const lookup = (body: Record<string, string>) =>
    new Request("http://shop.test/lacak-pesanan", { method: "POST", body: new URLSearchParams(body) })

  it("says nothing matched, keeping what was typed", async () => {
    fakeBackend({ "GET /store/order-lookup": () => reply(404, { type: "not_found", message: "No order matches" }) })
    const Stub = createRoutesStub([
      {
        path: "/lacak-pesanan",
        Component: OrderLookupPage as never,
        action: (async ({ request }: { request: Request }) =>
          lookupAction({ request: lookup(Object.fromEntries(await request.formData()) as never) } as never)) as never,
      },
    ])
    render(<Stub initialEntries={["/lacak-pesanan"]} />)
    fireEvent.change(await screen.findByLabelText("Email"), { target: { value: "sri@example.com" } })
    fireEvent.change(screen.getByLabelText("Nomor pesanan"), { target: { value: "#8" } })
    fireEvent.click(screen.getByRole("button", { name: "Cari pesanan" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("Tidak ada pesanan dengan email dan nomor ini")
    expect(screen.getByLabelText("Nomor pesanan")).toHaveValue("#8")
  })

  it("refuses an order number that is not a number next to the field", async () => {
    const calls = fakeBackend({})
    const res: any = await lookupAction({ request: lookup({ email: "sri@example.com", number: "tujuh" }) } as never)
    expect(res.init.status).toBe(400)
    expect(res.data.errors).toEqual({ number: "number" })
    expect(calls).toHaveLength(0)
  })

  it("opens the order page of the order whose email and number match, and only that one", async () => {
    const calls = fakeBackend({ "GET /store/order-lookup": () => ({ order: { id: "order_1", display_id: 7 } }) })
    let res: any
    try {
      await lookupAction({ request: lookup({ email: "Sri@Example.com", number: "#7" }) } as never)
    } catch (thrown) {
      res = thrown
    }
    expect(res.headers.get("Location")).toBe("/pesanan/order_1")
    expect(await orderCookie.parse(res.headers.get("Set-Cookie"))).toEqual(["order_1"])
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({ email: "Sri@Example.com", display_id: "7" })
  })
})
