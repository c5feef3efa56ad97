import { render, screen } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { startSession } from "~/lib/portal-session.server"
import { fakeBackend, reply } from "~/test/fake-backend"
import ProductEditor, { action as editorAction } from "./product-editor"
import SignIn, { action as signInAction } from "./sign-in"

afterEach(() => vi.unstubAllGlobals())

const ORIGIN = "https://gelar.test"

const post = (url: string, body: Record<string, string>, cookie?: string) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(body)) form.append(k, v)
  return new Request(`${ORIGIN}${url}`, { method: "POST", body: form, headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) } })
}

async function settle(p: unknown): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

/** The sign-in page as a browser shows it after the action answered. */
function renderSignIn(path: string, id: string, actionData: unknown) {
  const Stub = createRoutesStub([{ id, path, Component: SignIn as never }])
  render(<Stub initialEntries={[path]} hydrationData={{ loaderData: { [id]: { notice: null } }, actionData: { [id]: actionData } }} />)
}

describe("portal sign-in", () => {
  it("shows a malformed email next to the field, in Indonesian, keeping what was typed, without asking the backend", async () => {
    const calls = fakeBackend({})
    const res: any = await signInAction({ request: post("/portal/masuk", { email: "sri@malon", password: "" }) } as never)
    expect(res.init.status).toBe(400)
    expect(calls).toHaveLength(0)
    renderSignIn("/portal/masuk", "id:portal-signIn", res.data)
    expect(await screen.findByLabelText("Email")).toHaveAccessibleDescription("Tulis alamat email yang benar, mis. nama@contoh.id.")
    expect(screen.getByLabelText("Email")).toHaveValue("sri@malon")
    expect(screen.getByLabelText("Kata sandi")).toHaveAccessibleDescription("Wajib diisi.")
  })

  it("repeats the backend's throttle with its retry time in the visitor's language", async () => {
    fakeBackend({
      "POST /auth/maker/emailpass": () =>
        reply(429, { type: "too_many_requests", message: "Too many login attempts for this email. Try again in 42 seconds." }),
    })
    const res: any = await signInAction({
      request: post("/en/portal/sign-in", { email: "sri@malon.id", password: "rahasia-batik" }),
    } as never)
    expect(res.init.status).toBe(429)
    renderSignIn("/en/portal/sign-in", "en:portal-signIn", res.data)
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many sign-in attempts. Try again in 42 seconds.")
    expect(screen.getByLabelText("Email")).toHaveValue("sri@malon.id")
  })

  it("starts a session only for an approved maker, and lands on the dashboard", async () => {
    fakeBackend({
      "POST /auth/maker/emailpass": () => ({ token: "tok_maker" }),
      "GET /makers/me": () => ({ user: { id: "mku_1", email: "sri@malon.id", name: "Sri" }, maker: { id: "mkr_1", name: "Batik Sekar Malon", handle: "batik-sekar-malon", status: "approved" } }),
    })
    const res = await settle(signInAction({ request: post("/portal/masuk", { email: "sri@malon.id", password: "rahasia-batik" }) } as never))
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/portal")
    expect(res.headers.get("Set-Cookie")).toMatch(/^gelar_portal=.*HttpOnly.*SameSite=Lax/)
  })
})

describe("portal product editor", () => {
  const SIGNED_IN = { user: { name: "Sri Wahyuni" }, maker: { name: "Batik Sekar Malon", handle: "batik-sekar-malon" } }

  /** A saved piece as the backend gives it, one size with two pieces on hand. */
  const PIECE = {
    id: "prod_1",
    title: "Kemeja Tulis Parang",
    handle: "kemeja-tulis-parang",
    status: "published",
    images: [],
    variants: [{ id: "variant_m", title: "M", prices: [{ amount: 350_000, currency_code: "idr" }], manage_inventory: true, stock: { stocked_quantity: 2, reserved_quantity: 0, available_quantity: 2 } }],
  }

  /** A saved piece as the editor's loader gives it. */
  const SAVED = {
    id: "prod_1",
    handle: "kemeja-tulis-parang",
    title: "Kemeja Tulis Parang",
    description: null,
    status: "published",
    thumbnail: null,
    images: [],
    price: 350_000,
    batik: null,
    variants: [{ id: "variant_m", title: "M", price: 350_000, available: 2, stocked: 2 }],
  }

  /** The editor's answer to a signed-in maker's form, sent to this page (a saved piece's when `id` is given). */
  async function submit(url: string, body: Record<string, string>, id?: string): Promise<any> {
    const cookie = (await startSession(new Request(`${ORIGIN}/portal`), "tok_maker")).split(";")[0]
    return editorAction({ request: post(url, body, cookie), params: id ? { id } : {} } as never)
  }

  /**
   * The editor of a saved piece (or of a new one, without a product) as a browser shows it after the action
   * answered. A parent without a component renders its child: it stands in for the signed-in layout and its loader data.
   */
  function renderEditor(product: object | null, actionData: unknown) {
    const [id, path, url] = product
      ? ["id:portal-product", "produk/:id", "/portal/produk/prod_1"]
      : ["id:portal-newProduct", "produk/baru", "/portal/produk/baru"]
    const Parent = createRoutesStub([
      { id: "id:portal-signed-in", path: "/portal", children: [{ id, path, Component: ProductEditor as never }] },
    ])
    render(
      <Parent
        initialEntries={[url]}
        hydrationData={{
          loaderData: { "id:portal-signed-in": SIGNED_IN, [id]: { saved: null, product } },
          actionData: { [id]: actionData },
        }}
      />
    )
  }

  it("refuses a Batikmark on a printed textile and a price that is no rupiah amount next to those fields, keeping the rest", async () => {
    const calls = fakeBackend({})
    const res = await submit("/portal/produk/baru", {
      intent: "publish",
      title: "Kain Motif Warak",
      technique: "printing",
      batikmark_number: "BM-2024-00731",
      dye_type: "synthetic",
      fabric: "katun",
      form: "kain-panjang",
      size_title_1: "All size",
      size_price_1: "seratus ribu",
    })
    expect(res.init.status).toBe(400)
    expect(calls).toHaveLength(0)
    renderEditor(null, res.data)
    expect(await screen.findByLabelText("Nomor sertifikat Batikmark (jika ada)")).toHaveAccessibleDescription(
      /Tekstil motif batik \(printing\) tidak boleh memakai Batikmark\./
    )
    expect(screen.getByLabelText("Harga ukuran 1 (Rp)")).toHaveAccessibleDescription(
      "Tulis harga dalam rupiah, minimal Rp 1.000 (mis. 1.250.000)."
    )
    expect(screen.getByLabelText("Harga ukuran 1 (Rp)")).toHaveValue("seratus ribu")
    expect(screen.getByLabelText("Nama produk")).toHaveValue("Kain Motif Warak")
    expect(screen.getByRole("alert")).toHaveTextContent("Ada isian yang perlu diperbaiki")
  })
  it("a saved piece shows its batik attributes and sizes to edit, a bad price next to its size, and a box to remove each size", async () => {
    const PRODUCT = {
      ...PIECE,
      images: [{ id: "img_1", url: "https://gelar.test/static/a.jpg" }],
      batik_attributes: { technique: "tulis", fabric: "katun primisima", dye_type: "natural", form: "kemeja", motifs: ["Parang", "Semarangan"] },
    }
    fakeBackend({ "GET /makers/products/prod_1": () => ({ product: PRODUCT }) })
    const res = await submit(
      "/portal/produk/prod_1",
      { intent: "save", title: "Kemeja Tulis Parang", size_id_1: "variant_m", size_title_1: "M", size_price_1: "500", size_stock_1: "2" },
      "prod_1"
    )
    expect(res.init.status).toBe(400)
    renderEditor({ ...SAVED, batik: PRODUCT.batik_attributes }, res.data)
    expect(await screen.findByLabelText("Harga ukuran 1 (Rp)")).toHaveAccessibleDescription(
      "Tulis harga dalam rupiah, minimal Rp 1.000 (mis. 1.250.000)."
    )
    expect(screen.getByLabelText("Harga ukuran 1 (Rp)")).toHaveValue("500")
    expect(screen.getByLabelText("Nama ukuran 1")).toHaveValue("M")
    expect(screen.getByLabelText("Hapus ukuran M")).not.toBeChecked()
    expect(screen.getByLabelText("Nama ukuran 2")).toHaveValue("")
    expect(screen.getByLabelText("Kain")).toHaveValue("katun primisima")
    expect(screen.getByLabelText("Motif (pisahkan dengan koma)")).toHaveValue("Parang, Semarangan")
  })

  it("shows the backend's refusal of a size's stock beside that field, the banner only saying fields need fixing", async () => {
    const PRODUCT = { ...PIECE, variants: [{ ...PIECE.variants[0], stock: { stocked_quantity: 2, reserved_quantity: 2, available_quantity: 0 } }] }
    fakeBackend({
      "GET /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1/variants/variant_m/stock": () =>
        reply(400, {
          type: "not_allowed",
          message: '"Kemeja Tulis Parang" (M): 2 already sold online and waiting to be handed over, so stock cannot be less than 2',
        }),
    })
    const res = await submit(
      "/portal/produk/prod_1",
      { intent: "save", title: "Kemeja Tulis Parang", size_id_1: "variant_m", size_title_1: "M", size_price_1: "350.000", size_stock_1: "1" },
      "prod_1"
    )
    expect(res.init.status).toBe(400)
    renderEditor({ ...SAVED, variants: [{ ...SAVED.variants[0], available: 0 }] }, res.data)
    const stock = await screen.findByLabelText("Stok ukuran 1")
    expect(stock).toHaveAttribute("aria-invalid", "true")
    expect(stock).toHaveAccessibleDescription(/Stok tidak bisa kurang dari potongan yang sudah terjual online dan belum diserahkan\./)
    expect(stock).toHaveValue("1")
    expect(screen.getByLabelText("Harga ukuran 1 (Rp)")).not.toHaveAttribute("aria-invalid")
    expect(screen.getByRole("alert")).toHaveTextContent("Ada isian yang perlu diperbaiki")
    expect(screen.getByRole("alert")).not.toHaveTextContent("already sold")
  })
})
