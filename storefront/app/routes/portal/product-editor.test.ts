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

/** The saved sizes as the editor shows them, unchanged, plus the two empty rows for new sizes. */
const SIZES = {
  size_id_1: "variant_m",
  size_title_1: "M",
  size_price_1: "350.000",
  size_stock_1: "2",
  size_id_2: "variant_l",
  size_title_2: "L",
  size_price_2: "375.000",
  size_stock_2: "1",
  size_title_3: "",
  size_price_3: "",
  size_stock_3: "",
  size_title_4: "",
  size_price_4: "",
  size_stock_4: "",
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
      ...SIZES,
      size_stock_2: "3",
    })
    const res = await settle(action({ request, params: { id: "prod_1" } } as never))
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/portal/produk/prod_1?saved=published")
    const posts = calls.filter((c) => c.method === "POST")
    expect(posts.map((c) => c.url.pathname)).toEqual([
      "/makers/products/prod_1",
      "/makers/products/prod_1/variants/variant_l/stock",
    ])
    expect(posts[0].body).toEqual({
      title: "Kemeja Tulis Parang Rusak",
      description: null,
      status: "published",
      variants: [
        { id: "variant_m", title: "M", price: 350_000 },
        { id: "variant_l", title: "L", price: 375_000 },
      ],
    })
    expect(posts[1].body).toEqual({ quantity: 3 })
  })

  it("sends changed batik attributes and the full list of sizes: renamed and re-priced, one removed, one added with its stock", async () => {
    const calls = fakeBackend({
      "GET /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1": () => ({ product: PRODUCT }),
    })
    const request = await post("/portal/produk/prod_1", {
      intent: "save",
      title: "Kemeja Tulis Parang",
      technique: "cap",
      batikmark_number: "BM-2023-00412",
      dye_type: "synthetic",
      fabric: "katun prima",
      form: "kemeja",
      ...SIZES,
      size_title_1: "M (lebar)",
      size_price_1: "Rp 400.000",
      size_remove_2: "yes",
      size_title_3: "XL",
      size_price_3: "425.000",
      size_stock_3: "2",
    })
    const res = await settle(action({ request, params: { id: "prod_1" } } as never))
    expect(res.headers.get("Location")).toBe("/portal/produk/prod_1?saved=saved")
    const posts = calls.filter((c) => c.method === "POST")
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toMatchObject({
      batik: { technique: "cap", batikmark_number: "BM-2023-00412", batikmark_label: "white", dye_type: "synthetic", form: "kemeja" },
      variants: [
        { id: "variant_m", title: "M (lebar)", price: 400_000 },
        { title: "XL", price: 425_000, stock: 2 },
      ],
    })
  })

  it("names a bad price and a piece left without sizes next to their fields, sending nothing", async () => {
    const calls = fakeBackend({ "GET /makers/products/prod_1": () => ({ product: PRODUCT }) })
    const cheap: any = await action({
      request: await post("/portal/produk/prod_1", { intent: "save", title: "Kemeja", ...SIZES, size_price_2: "500" }),
      params: { id: "prod_1" },
    } as never)
    expect(cheap.init.status).toBe(400)
    expect(cheap.data.errors).toEqual({ size_price_2: "price" })
    const none: any = await action({
      request: await post("/portal/produk/prod_1", { intent: "save", title: "Kemeja", ...SIZES, size_remove_1: "yes", size_remove_2: "yes" }),
      params: { id: "prod_1" },
    } as never)
    expect(none.init.status).toBe(400)
    expect(none.data.errors).toEqual({ size_title_3: "sizeNeeded" })
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
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
        request: await post("/portal/produk/prod_other", { intent: "save", title: "Milik saya", size_title_1: "All size", size_price_1: "300.000" }),
        params: { id: "prod_other" },
      } as never)
    )
    expect(res.init.status).toBe(404)
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })
})

describe("portal product editor, the backend's refusals", () => {
  /** The sizes with M removed: L (row 2) is the body's first size, XL (row 3) its second. */
  const EDITED = { ...SIZES, size_remove_1: "yes", size_title_3: "XL", size_price_3: "425.000", size_stock_3: "2" }
  const save = async (fields: Record<string, string>) =>
    (await action({ request: await post("/portal/produk/prod_1", { intent: "save", title: "Kemeja", ...fields }), params: { id: "prod_1" } } as never)) as any

  it("shows a 400's issues beside the fields they concern, a size's by the row it was sent from, and only the rest in the banner", async () => {
    fakeBackend({
      "GET /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1": () =>
        reply(400, {
          type: "invalid_data",
          message:
            "Invalid request: Value for field 'variants, 1, price' too small, expected at least: '1000'; Value for field 'title' too small, expected at least: '1'; Unrecognized fields: 'colour'",
        }),
    })
    const res = await save(EDITED)
    expect(res.init.status).toBe(400)
    expect(res.data.errors).toEqual({ size_price_3: "price", title: "required" })
    expect(res.data.refused).toBe("Unrecognized fields: 'colour'")
    expect(res.data.values).toMatchObject({ size_title_3: "XL", size_price_3: "425.000" })
  })

  it("shows a piece's eleventh photo beside the photo field, with nothing left for the banner", async () => {
    fakeBackend({
      "GET /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1": () =>
        reply(400, { type: "invalid_data", message: "Invalid request: Value for field 'images' too big, expected at most: '10'" }),
    })
    const res = await save(SIZES)
    expect(res.data).toMatchObject({ errors: { photo: "photoLimit" }, refused: null })
  })

  it("keeps a refusal that concerns no field, such as a 404, whole in the banner", async () => {
    fakeBackend({
      "GET /makers/products/prod_1": () => ({ product: PRODUCT }),
      "POST /makers/products/prod_1": () => reply(404, { type: "not_found", message: "Image img_x was not found" }),
    })
    const res = await save(SIZES)
    expect(res.data).toMatchObject({ errors: {}, refused: "Image img_x was not found" })
  })
})
