import { configure, fireEvent, render, screen } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { startSession } from "~/lib/session.server"
import { fakeBackend, reply } from "~/test/fake-backend"
import AccountPage, { loader as accountLoader } from "./account"
import { action as checkoutAction, loader as checkoutLoader } from "./checkout"
import AddressesPage, { action as addressesAction, loader as addressesLoader } from "./account-addresses"
import GuestOrdersPage, { action as guestOrdersAction, loader as guestOrdersLoader } from "./account-guest-orders"
import LoginPage, { action as loginAction, loader as loginLoader } from "./login"
import { action as logoutAction } from "./logout"
import { action as registerAction } from "./register"

afterEach(() => vi.unstubAllGlobals())
// Rendering runs the real loaders and actions on two cores shared by many: allow more than a second.
configure({ asyncUtilTimeout: 5000 })

async function settle(p: unknown): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

/** The Cookie header a browser sends back after logging in with this backend token. */
async function loggedIn(token = "tok_customer") {
  return (await startSession(token)).split(";")[0]
}

/** A loader or action as a stub calls it, with the session added on the way in (the stub's requests carry no cookie). */
const withSession = (cookie: string) => (fn: (args: any) => unknown) => (args: any) => {
  const headers = new Headers(args.request.headers)
  headers.set("Cookie", cookie)
  return fn({ ...args, request: new Request(args.request, { headers }) })
}

const post = (url: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(`http://shop.test${url}`, { method: "POST", body: new URLSearchParams(body), headers })

const CUSTOMER = { id: "cus_1", email: "sri@example.com", first_name: "Sri", last_name: "Wahyuni" }
const ADDRESS = {
  first_name: "Sri",
  last_name: "Wahyuni",
  phone: "0812 3456 7890",
  address_1: "Jl. Pemuda No. 12",
  district: "Semarang Tengah",
  city: "Kota Semarang",
  province: "Jawa Tengah",
  postal_code: "50132",
}

describe("account pages", () => {
  it("send a visitor who is not logged in to the log-in page of their language, coming back afterwards", async () => {
    const calls = fakeBackend({})
    const id = await settle(accountLoader({ request: new Request("http://shop.test/akun") } as never))
    expect(id.status).toBe(302)
    expect(id.headers.get("Location")).toBe("/masuk?redirectTo=%2Fakun")
    expect(id.headers.get("Cache-Control")).toBe("private, no-store")
    const en = await settle(addressesLoader({ request: new Request("http://shop.test/en/account/addresses") } as never))
    expect(en.headers.get("Location")).toBe("/en/login?redirectTo=%2Fen%2Faccount%2Faddresses")
    expect(calls).toHaveLength(0)
  })

  it("end a session whose token the backend no longer accepts", async () => {
    fakeBackend({ "GET /store/customers/me": () => reply(401, { message: "Unauthorized" }) })
    const res = await settle(
      accountLoader({ request: new Request("http://shop.test/akun", { headers: { Cookie: await loggedIn() } }) } as never)
    )
    expect(res.headers.get("Location")).toBe("/masuk?redirectTo=%2Fakun")
    expect(res.headers.get("Set-Cookie")).toMatch(/gelar_session=;.*Max-Age=0|Expires=Thu, 01 Jan 1970/)
  })

  it("list the customer's orders with number, total in rupiah, status and a link to the order, never cached", async () => {
    const calls = fakeBackend({
      "GET /store/customers/me": () => ({ customer: CUSTOMER }),
      "GET /store/orders": () => ({
        orders: [
          {
            id: "order_1",
            display_id: 7,
            created_at: "2026-12-05T03:00:00.000Z",
            status: "pending",
            payment_status: "authorized",
            fulfillment_status: "not_fulfilled",
            total: 1275000,
            currency_code: "idr",
          },
        ],
        count: 1,
      }),
    })
    const Stub = createRoutesStub([{ path: "/akun", Component: AccountPage as never, loader: accountLoader as never }])
    const cookie = await loggedIn()
    const res: any = await accountLoader({ request: new Request("http://shop.test/akun", { headers: { Cookie: cookie } }) } as never)
    expect(new Headers(res.init.headers).get("Cache-Control")).toBe("private, no-store")
    // Each backend call carries this shopper's token, and only it.
    for (const c of calls) expect(c.headers.get("authorization")).toBe("Bearer tok_customer")
    render(<Stub initialEntries={["/akun"]} hydrationData={{ loaderData: { "0": res.data } }} />)
    expect(await screen.findByText("Halo, Sri")).toBeInTheDocument()
    const row = screen.getByRole("row", { name: /#7/ })
    expect(row).toHaveTextContent("Rp 1.275.000")
    expect(row).toHaveTextContent("Menunggu pembayaran")
    expect(row).toHaveTextContent("5 Des 2026")
    expect(screen.getByRole("link", { name: "Lihat pesanan #7" })).toHaveAttribute("href", "/pesanan/order_1")
    expect(screen.getByRole("button", { name: "Keluar" }).closest("form")).toHaveAttribute("action", "/keluar")
  })
})

describe("log-in", () => {
  const WRONG = { message: "Invalid email or password" }

  it("answers a wrong password and an unknown email alike, keeping the email but not the password", async () => {
    fakeBackend({ "POST /auth/customer/emailpass": () => reply(401, WRONG) })
    const a: any = await loginAction({ request: post("/masuk", { email: "sri@example.com", password: "salah" }) } as never)
    const b: any = await loginAction({ request: post("/masuk", { email: "nobody@example.com", password: "salah" }) } as never)
    expect(a.init.status).toBe(401)
    expect(a.data.message).toBe("Email atau kata sandi salah.")
    expect(b.data.message).toBe(a.data.message)
    expect(a.data.values).toEqual({ email: "sri@example.com" })
  })

  it("shows the backend's throttle with its retry time in English next to the form", async () => {
    fakeBackend({
      "POST /auth/customer/emailpass": () =>
        reply(429, { type: "too_many_requests", message: "Too many login attempts for this email. Try again in 42 seconds." }),
    })
    const Stub = createRoutesStub([
      { path: "/en/login", Component: LoginPage as never, loader: loginLoader as never, action: loginAction as never },
    ])
    render(<Stub initialEntries={["/en/login"]} />)
    fireEvent.change(await screen.findByLabelText("Email"), { target: { value: "sri@example.com" } })
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "secret-123" } })
    fireEvent.click(screen.getByRole("button", { name: "Log in" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many login attempts. Try again in 42 seconds.")
    expect(screen.getByLabelText("Email")).toHaveValue("sri@example.com")
  })

  it("names the shopper's address to the backend, whose attempt limit counts per address, not the storefront's", async () => {
    const calls = fakeBackend({ "POST /auth/customer/emailpass": () => reply(401, WRONG) })
    const body = { email: "sri@example.com", password: "salah" }
    // Behind the proxy: its X-Forwarded-For starts with the shopper's address.
    await loginAction({ request: post("/masuk", body, { "X-Forwarded-For": "203.0.113.7, 10.0.0.2" }) } as never)
    await loginAction({ request: post("/masuk", body) } as never)
    expect(calls.map((c) => c.headers.get("x-forwarded-for"))).toEqual(["203.0.113.7", null])
  })

  it("marks a malformed email beside the field without asking the backend", async () => {
    const calls = fakeBackend({})
    const res: any = await loginAction({ request: post("/masuk", { email: "sri@", password: "" }) } as never)
    expect(res.init.status).toBe(400)
    expect(res.data.errors).toEqual({ email: "email", password: "required" })
    expect(calls).toHaveLength(0)
  })

  it("keeps the token in an httpOnly SameSite=Lax cookie and goes back only to a page of the store", async () => {
    fakeBackend({ "POST /auth/customer/emailpass": () => ({ token: "tok_new" }) })
    const ok = await settle(
      loginAction({ request: post("/masuk", { email: "sri@example.com", password: "rahasia-123", redirectTo: "/akun/alamat" }) } as never)
    )
    expect(ok.headers.get("Location")).toBe("/akun/alamat")
    expect(ok.headers.get("Set-Cookie")).toMatch(/^gelar_session=.+HttpOnly.*SameSite=Lax/)
    expect(ok.headers.get("Set-Cookie")).not.toContain("tok_new")
    const away = await settle(
      loginAction({ request: post("/masuk", { email: "sri@example.com", password: "rahasia-123", redirectTo: "//evil.example" }) } as never)
    )
    expect(away.headers.get("Location")).toBe("/akun")
  })

  it("refuses a form posted from another site", async () => {
    const calls = fakeBackend({})
    const res = await settle(
      loginAction({
        request: post("/masuk", { email: "sri@example.com", password: "x" }, { Origin: "https://evil.example" }),
      } as never)
    )
    expect(res.status).toBe(403)
    expect(calls).toHaveLength(0)
  })
})

describe("log-out", () => {
  it("ends the session with a POST from the store and goes home in the visitor's language", async () => {
    const res = await settle(logoutAction({ request: post("/en/logout", {}, { Cookie: await loggedIn(), Origin: "http://shop.test" }) } as never))
    expect(res.headers.get("Location")).toBe("/en")
    expect(res.headers.get("Set-Cookie")).toMatch(/^gelar_session=;/)
  })

  it("refuses a log-out posted from another site (a hidden form elsewhere cannot end the session)", async () => {
    const res = await settle(logoutAction({ request: post("/keluar", {}, { Cookie: await loggedIn(), "Sec-Fetch-Site": "cross-site" }) } as never))
    expect(res.status).toBe(403)
    expect(res.headers.get("Set-Cookie")).toBeNull()
  })
})

describe("registration", () => {
  it("refuses a short password and a foreign phone number beside their fields, keeping the rest", async () => {
    const calls = fakeBackend({})
    const res: any = await registerAction({
      request: post("/en/register", { first_name: "Sri", email: "sri@example.com", phone: "12345", password: "short" }),
    } as never)
    expect(res.init.status).toBe(400)
    expect(res.data.errors).toEqual({ phone: "phone", password: "passwordShort" })
    expect(res.data.values).toEqual({ first_name: "Sri", email: "sri@example.com", phone: "12345" })
    expect(calls).toHaveLength(0)
  })

  it("creates the identity, then the customer with the registration token, then logs in with a refreshed token", async () => {
    const calls = fakeBackend({
      "POST /auth/customer/emailpass/register": () => ({ token: "tok_reg" }),
      "POST /store/customers": () => ({ customer: { id: "cus_1" } }),
      "POST /auth/token/refresh": () => ({ token: "tok_customer" }),
    })
    const res = await settle(
      registerAction({
        request: post("/daftar", { first_name: "Sri", last_name: "", email: "Sri@Example.com", password: "rahasia-123" }),
      } as never)
    )
    expect(res.headers.get("Location")).toBe("/akun")
    expect(res.headers.get("Set-Cookie")).toMatch(/^gelar_session=/)
    const create = calls.find((c) => c.url.pathname === "/store/customers")!
    expect(create.body).toMatchObject({ email: "sri@example.com", first_name: "Sri" })
    expect(create.headers.get("authorization")).toBe("Bearer tok_reg")
  })

  it("says an email already has an account when its password does not match", async () => {
    const calls = fakeBackend({
      "POST /auth/customer/emailpass/register": () => reply(401, { message: "Identity with email already exists" }),
      "POST /auth/customer/emailpass": () => reply(401, { message: "Invalid email or password" }),
    })
    const res: any = await registerAction({
      request: post("/daftar", { first_name: "Sri", email: "sri@example.com", password: "rahasia-123" }, { "X-Forwarded-For": "203.0.113.7" }),
    } as never)
    expect(res.init.status).toBe(409)
    expect(res.data.message).toMatch(/^Email ini sudah terdaftar/)
    // Trying the password is a log-in attempt, counted against the shopper's address.
    const attempt = calls.find((c) => c.url.pathname === "/auth/customer/emailpass")!
    expect(attempt.headers.get("x-forwarded-for")).toBe("203.0.113.7")
  })
})

describe("saved addresses", () => {
  it("refuses a 4-digit postal code and a non-Indonesian phone beside their fields and keeps what was typed", async () => {
    const calls = fakeBackend({
      "GET /store/customers/me": () => ({ customer: CUSTOMER }),
      "GET /store/customers/me/addresses": () => ({ addresses: [], count: 0 }),
    })
    const cookie = await loggedIn()
    const withCookie = withSession(cookie)
    const Authed = createRoutesStub([
      {
        path: "/akun/alamat",
        Component: AddressesPage as never,
        loader: withCookie(addressesLoader) as never,
        action: withCookie(addressesAction) as never,
      },
    ])
    render(<Authed initialEntries={["/akun/alamat"]} />)
    const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await screen.findByRole("heading", { name: "Tambah alamat" })
    fill("Nama depan penerima", ADDRESS.first_name)
    fill("Nomor HP", "12ab")
    fill("Alamat (jalan, nomor rumah, RT/RW)", ADDRESS.address_1)
    fill("Kecamatan", ADDRESS.district)
    fill("Kota/kabupaten", ADDRESS.city)
    fill("Provinsi", ADDRESS.province)
    fill("Kode pos", "5013")
    fireEvent.click(screen.getByRole("button", { name: "Simpan alamat" }))
    expect(await screen.findByText("Kode pos harus 5 angka, misalnya 50132.")).toBeInTheDocument()
    expect(screen.getByLabelText("Kode pos")).toHaveAccessibleDescription("Kode pos harus 5 angka, misalnya 50132.")
    expect(screen.getByLabelText("Nomor HP")).toHaveAccessibleDescription(/^Nomor HP Indonesia/)
    expect(screen.getByLabelText("Kode pos")).toHaveValue("5013")
    expect(screen.getByLabelText("Kecamatan")).toHaveValue("Semarang Tengah")
    expect(screen.getByLabelText("Provinsi")).toHaveValue("Jawa Tengah")
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })

  it("saves an address the way carts store it: province, district in metadata, Indonesia, phone without spaces", async () => {
    const calls = fakeBackend({
      "GET /store/customers/me": () => ({ customer: CUSTOMER }),
      "POST /store/customers/me/addresses": () => ({ customer: CUSTOMER }),
    })
    const res = await settle(
      addressesAction({
        request: post("/akun/alamat", { intent: "create", ...ADDRESS, is_default_shipping: "on" }, { Cookie: await loggedIn() }),
      } as never)
    )
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/akun/alamat?saved")
    expect(calls.find((c) => c.method === "POST")!.body).toEqual({
      first_name: "Sri",
      last_name: "Wahyuni",
      phone: "081234567890",
      address_1: "Jl. Pemuda No. 12",
      city: "Kota Semarang",
      province: "Jawa Tengah",
      postal_code: "50132",
      country_code: "id",
      is_default_shipping: true,
      metadata: { district: "Semarang Tengah" },
    })
  })
})

describe("earlier guest orders, through the link emailed after registering", () => {
  const LINK = "/akun/pesanan-tamu?token=abc.def"

  it("asks a visitor who is not signed in to log in first, coming back to the link", async () => {
    const res = await settle(guestOrdersLoader({ request: new Request(`http://shop.test${LINK}`) } as never))
    expect(res.headers.get("Location")).toBe(`/masuk?${new URLSearchParams({ redirectTo: LINK })}`)
  })

  it("adds them only when the signed-in customer confirms, then shows how many on the account page", async () => {
    const calls = fakeBackend({
      "GET /store/customers/me": () => ({ customer: CUSTOMER }),
      "POST /store/customers/me/guest-orders": () => ({ order_ids: ["order_1", "order_2"] }),
      "GET /store/orders": () => ({ orders: [], count: 0 }),
    })
    const cookie = await loggedIn()
    await guestOrdersLoader({ request: new Request(`http://shop.test${LINK}`, { headers: { Cookie: cookie } }) } as never)
    // Opening the link (a mail scanner may) changes nothing.
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)

    const res = await settle(guestOrdersAction({ request: post(LINK, { token: "abc.def" }, { Cookie: cookie }) } as never))
    expect(res.headers.get("Location")).toBe("/akun?guest_orders=2")
    const claim = calls.find((c) => c.method === "POST")!
    expect(claim.body).toEqual({ token: "abc.def" })
    expect(claim.headers.get("authorization")).toBe("Bearer tok_customer")

    const account: any = await accountLoader({ request: new Request("http://shop.test/akun?guest_orders=2", { headers: { Cookie: cookie } }) } as never)
    const Stub = createRoutesStub([{ path: "/akun", Component: AccountPage as never, loader: () => account.data }])
    render(<Stub initialEntries={["/akun?guest_orders=2"]} />)
    expect(await screen.findByRole("status")).toHaveTextContent("2 pesanan sebelumnya ditambahkan ke akun Anda.")
  })

  it("says in English when the backend refuses the link, with the button to try again", async () => {
    fakeBackend({
      "GET /store/customers/me": () => ({ customer: CUSTOMER }),
      "POST /store/customers/me/guest-orders": () => reply(400, { type: "invalid_data", message: "This link is not valid for this account" }),
    })
    const cookie = await loggedIn()
    const withCookie = withSession(cookie)
    const path = "/en/account/guest-orders"
    const Stub = createRoutesStub([
      { path, Component: GuestOrdersPage as never, loader: withCookie(guestOrdersLoader) as never, action: withCookie(guestOrdersAction) as never },
    ])
    render(<Stub initialEntries={[`${path}?token=stolen.token`]} />)
    fireEvent.click(await screen.findByRole("button", { name: "Add them to my account" }))
    expect(await screen.findByRole("alert")).toHaveTextContent("This link is not valid for this account or has expired.")
    expect(screen.getByRole("button", { name: "Add them to my account" })).toBeEnabled()
  })
})

describe("checkout for a logged-in customer", () => {
  const CART = {
    id: "cart_1",
    region_id: "reg_idr",
    currency_code: "idr",
    email: null,
    total: 1250000,
    item_total: 1250000,
    completed_at: null,
    metadata: null,
    items: [{ id: "cali_1", title: "All size", quantity: 1, unit_price: 1250000, total: 1250000, variant: { manage_inventory: false } }],
    shipping_address: { country_code: "id" },
    shipping_methods: [],
    payment_collection: null,
  }
  const SAVED = {
    id: "cuaddr_1",
    ...ADDRESS,
    phone: "081234567890",
    country_code: "id",
    is_default_shipping: true,
    metadata: { district: ADDRESS.district },
  }

  async function cookies() {
    const { cartCookie } = await import("~/lib/cart-cookie.server")
    return `${(await cartCookie.serialize("cart_1")).split(";")[0]}; ${await loggedIn()}`
  }

  it("fills in the account's email and main saved address", async () => {
    fakeBackend({
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "GET /store/customers/me": () => ({ customer: CUSTOMER }),
      "GET /store/customers/me/addresses": () => ({ addresses: [{ ...SAVED, id: "cuaddr_0", is_default_shipping: false }, SAVED], count: 2 }),
      "GET /store/shipping-options": () => ({ shipping_options: [] }),
    })
    const headers = { Cookie: await cookies() }
    const email: any = await checkoutLoader({ request: new Request("http://shop.test/pembayaran", { headers }) } as never)
    expect(email.data.email).toBe("sri@example.com")
    const delivery: any = await checkoutLoader({
      request: new Request("http://shop.test/pembayaran?step=delivery", { headers }),
    } as never)
    expect(delivery.data.address).toEqual({ ...ADDRESS, phone: "081234567890", is_default_shipping: "on" })
  })

  it("puts the cart in the customer's name at the email step, so the order lands in the account", async () => {
    const calls = fakeBackend({
      "GET /store/carts/cart_1": () => ({ cart: CART }),
      "POST /store/carts/cart_1": () => ({ cart: CART }),
      "POST /store/carts/cart_1/customer": () => ({ cart: CART }),
    })
    const res = await settle(
      checkoutAction({ request: post("/pembayaran", { intent: "email", email: "sri@example.com" }, { Cookie: await cookies() }) } as never)
    )
    expect(res.headers.get("Location")).toBe("/pembayaran?step=delivery")
    const transfer = calls.find((c) => c.url.pathname === "/store/carts/cart_1/customer")
    expect(transfer?.headers.get("authorization")).toBe("Bearer tok_customer")
  })
})
