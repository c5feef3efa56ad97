import type { MedusaContainer } from "@medusajs/framework/types"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { type Clients, makerWithProducts, productInput, setUpStoreAndOrganiser } from "./domain-fixtures"

type Api = { post: Function; get: Function }

// Loaded through Node's module cache, as in domain-fixtures.ts: the same workflow instances Medusa registered.
const { createMakerUserWorkflow } = createRequire(__filename)(
  "../../src/workflows/maker-portal/create-maker-user"
) as typeof import("../../src/workflows/maker-portal/create-maker-user")

/** Registers a maker portal login for an existing maker, signs it in and returns bearer request options. */
export async function makerLogin(api: Api, container: MedusaContainer, maker_id: string, email: string) {
  const password = "rahasia-batik-1"
  const reg = await api.post("/auth/maker/emailpass/register", { email, password })
  const { auth_identity_id } = JSON.parse(Buffer.from((reg.data.token as string).split(".")[1], "base64url").toString())
  await createMakerUserWorkflow(container).run({ input: { maker_id, email, name: email, auth_identity_id } })
  const res = await api.post("/auth/maker/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${res.data.token}` } as Record<string, string> }
}

/** Every maker portal route with placeholder ids, for the access tests. */
export const MAKER_ROUTES: [method: "get" | "post" | "delete", path: string, body?: object][] = [
  ["get", "/makers/me"],
  ["get", "/makers/products"],
  ["post", "/makers/products", { title: "X", variants: [{ title: "All size", price: 100_000 }] }],
  ["get", "/makers/products/prod_x"],
  ["post", "/makers/products/prod_x", { status: "published" }],
  ["delete", "/makers/products/prod_x"],
  ["get", "/makers/orders"],
  ["get", "/makers/orders/mko_x"],
  ["post", "/makers/orders/mko_x/status", { status: "packed" }],
  ["post", "/makers/me", { story_id: "Cerita baru" }],
  ["get", "/makers/uploads"],
  ["post", "/makers/uploads", {}],
  ["get", "/makers/uploads/mkimg_x"],
  ["delete", "/makers/uploads/mkimg_x"],
  ["post", "/makers/products/prod_x/variants/variant_x/stock", { quantity: 3 }],
]

/** Calls every maker portal route with these request options and returns `[path, status]` pairs. */
export async function walkMakerRoutes(api: Api & { delete: Function }, options?: { headers: Record<string, string> }) {
  const seen: [string, number][] = []
  for (const [method, path, body] of MAKER_ROUTES) {
    const request = method === "post" ? api.post(path, body, options) : api[method](path, options)
    seen.push([`${method} ${path}`, await request.then((r: { status: number }) => r.status, (e: any) => e.response?.status)])
  }
  return seen
}

/** A small real picture made on the spot (sharp), for upload tests. */
export async function picture(format: "jpeg" | "png" | "webp", width = 1600, height = 1000): Promise<Buffer> {
  const sharp = (await import("sharp")).default
  return sharp({ create: { width, height, channels: 3, background: "#7a4a1f" } })[format]().toBuffer()
}

/** A multipart body with the given files in the upload field. */
export function uploadForm(files: { name: string; type: string; bytes: Buffer }[]): FormData {
  const form = new FormData()
  for (const f of files) {
    form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  }
  return form
}

/** The folder where the local file provider keeps one maker's uploads (`makers/<maker id>/` under static/). */
export const makerUploadDir = (makerId: string) => path.join(process.cwd(), "static", "makers", makerId)

/** Removes the test makers' uploaded files: their database is dropped after the run, the files would stay. */
export function removeUploads(...makerIds: string[]) {
  for (const id of makerIds) {
    fs.rmSync(makerUploadDir(id), { recursive: true, force: true })
  }
}

/**
 * The base store, the organiser, and two approved makers signed in to the portal, each with one
 * published piece: Sari (cap-parang) and another maker (cap-kawung), for the cross-maker tests.
 */
export async function twoMakers(api: Api, container: MedusaContainer) {
  const c = await setUpStoreAndOrganiser(container, api)
  const sari = await makerWithProducts(container, c.base, "sari-malon", [productInput(c.base, "cap-parang", 275_000)])
  const other = await makerWithProducts(container, c.base, "lain-tugu", [productInput(c.base, "cap-kawung", 300_000)])
  const asSari = await makerLogin(api, container, sari.maker.id, "sri@malon.test")
  const asOther = await makerLogin(api, container, other.maker.id, "budi@tugu.test")
  return { c, sari, other, asSari, asOther }
}

/** A guest buys these lines by bank transfer, with booth pickup unless told otherwise; returns the placed order. */
export async function placeOrder(
  api: Api,
  c: Clients,
  lines: { variant_id: string; quantity: number }[],
  email = "tamu@example.com",
  delivery = "Ambil di booth pameran"
) {
  const cart = (await api.post("/store/carts", { region_id: c.base.regionId, email }, c.store)).data.cart
  for (const line of lines) {
    await api.post(`/store/carts/${cart.id}/line-items`, line, c.store)
  }
  await api.post(
    `/store/carts/${cart.id}`,
    { shipping_address: { first_name: "Tamu", last_name: "Pameran", address_1: "Jl. Pemuda 1", city: "Semarang", postal_code: "50132", country_code: "id", phone: "+6281234567890" } },
    c.store
  )
  const options = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, c.store)).data.shipping_options
  const option = options.find((o: { name: string }) => o.name === delivery)
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, c.store)
  const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, c.store)).data.payment_collection
  await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, c.store)
  return (await api.post(`/store/carts/${cart.id}/complete`, {}, c.store)).data.order as { id: string; items: { id: string; product_id: string }[] }
}
