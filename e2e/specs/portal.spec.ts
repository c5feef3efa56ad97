import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { expect, test } from "../fixtures"

const backendUrl = process.env.E2E_BACKEND_URL ?? "http://localhost:9400"
const keyFile = path.resolve(import.meta.dirname, "../../.data/e2e/publishable-key")
const publishableKey = () => process.env.E2E_PUBLISHABLE_KEY ?? fs.readFileSync(keyFile, "utf8").trim()

// The demo maker login the seed creates (backend/src/lib/constants.ts, README).
const MAKER = { email: "perajin@gelar.test", password: "gelar-perajin-2026" }

/** A small real PNG (an indigo and brown striped cloth), so the backend has a picture to re-encode. */
function stripedPng(width = 48, height = 60): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = (x + y) % 12 < 6 ? [31, 45, 79] : [139, 90, 43]
      rows.set([r, g, b], y * (width * 3 + 1) + 1 + x * 3)
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function store<T>(pathname: string, body?: unknown): Promise<T> {
  const res = await fetch(`${backendUrl}${pathname}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": publishableKey(), "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/**
 * A shopper buys one piece for pickup at the booth through the store API (cart, pickup option, the
 * offline payment, completion), as the storefront's checkout does; returns the order number.
 */
async function buyForBoothPickup(handle: string, email: string): Promise<number> {
  const { products } = await store<{ products: { variants: { id: string }[] }[] }>(
    `/store/products?handle=${encodeURIComponent(handle)}&fields=variants.id`
  )
  const { regions } = await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
  const region = regions.find((r) => r.currency_code === "idr")!
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", { region_id: region.id, email })
  await store(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
  await store(`/store/carts/${cart.id}`, { shipping_address: { first_name: "Ayu", last_name: "Lestari", phone: "081234567890", country_code: "id" } })
  const { shipping_options } = await store<{ shipping_options: { id: string; name: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`
  )
  const pickup = shipping_options.find((o) => o.name === "Ambil di booth pameran")
  if (!pickup) throw new Error(`No booth pickup among ${shipping_options.map((o) => o.name).join(", ")}`)
  await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id })
  const { payment_collection } = await store<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const { order } = await store<{ order: { display_id: number } }>(`/store/carts/${cart.id}/complete`, {})
  return order.display_id
}

// A production build on two shared cores, a backend that re-encodes the photo, and a search index to wait for.
test.setTimeout(180_000)

test("a maker signs in, publishes a tulis piece with a photo that search finds; a shopper buys it (through the store API) and sees it ready for pickup once the maker says so", async ({
  page,
  store: shop,
}) => {
  const title = `Kain Tulis Uji Portal ${Date.now()}`

  // Signed out, the portal leads to its sign-in page.
  await page.goto("/portal")
  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Portal Perajin" })).toBeVisible()
  await shop.expectAccessible()

  // A wrong password is refused on the page, and the typed email stays.
  await page.getByLabel("Email").fill(MAKER.email)
  await page.getByLabel("Kata sandi").fill("bukan-sandinya")
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("alert")).toHaveText("Email atau kata sandi salah.")
  await expect(page.getByLabel("Email")).toHaveValue(MAKER.email)

  await page.getByLabel("Kata sandi").fill(MAKER.password)
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Ringkasan" })).toBeVisible()
  await expect(page.getByText("Masuk sebagai Sri Wahyuni, Batik Sekar Malon")).toBeVisible()
  await shop.expectAccessible()

  await page.getByRole("link", { name: "Tambah produk" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Produk baru" })).toBeVisible()
  await shop.expectAccessible()

  await page.getByLabel("Nama produk").fill(title)
  await page.getByLabel("Deskripsi").fill("Kain panjang batik tulis motif Semarangan, pewarna alam indigo.")
  await page.getByLabel("Teknik").selectOption({ label: "Batik tulis" })
  await page.getByLabel("Motif (pisahkan dengan koma)").fill("Semarangan, Asem Arang")
  await page.getByLabel("Jenis pewarna").selectOption({ label: "Pewarna alam" })
  await page.getByLabel("Bentuk").selectOption({ label: "Kain panjang" })
  await page.getByLabel("Harga ukuran 1 (Rp)").fill("1.250.000")
  await page.getByLabel("Foto produk").setInputFiles({ name: "kain-uji.png", mimeType: "image/png", buffer: stripedPng() })

  // The preview card follows the form.
  const preview = page.getByRole("list", { name: "Pratinjau kartu produk" })
  await expect(preview.getByRole("link", { name: title })).toBeVisible()
  await expect(preview).toContainText("Rp 1.250.000")
  await expect(preview).toContainText("Batik tulis")
  await expect(preview.getByRole("img", { name: title })).toBeVisible()

  // The fabric is missing: the server says so next to the field, and nothing typed is lost.
  await page.getByRole("button", { name: "Simpan dan terbitkan" }).click()
  await expect(page.getByLabel("Kain", { exact: true })).toHaveAccessibleDescription("Wajib diisi.")
  await expect(page.getByLabel("Nama produk")).toHaveValue(title)
  await expect(page.getByLabel("Harga ukuran 1 (Rp)")).toHaveValue("1.250.000")
  await shop.expectAccessible()

  await page.getByLabel("Kain", { exact: true }).fill("katun primisima")
  await page.getByRole("button", { name: "Simpan dan terbitkan" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Produk tersimpan." })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("heading", { level: 1, name: `Ubah: ${title}` })).toBeVisible()
  await expect(page.getByRole("list", { name: "Foto tersimpan" }).getByRole("img")).toHaveCount(1)
  await shop.expectAccessible()

  // Published, it reaches the storefront's search within seconds.
  const found = page.getByRole("link", { name: title })
  await expect(async () => {
    await page.goto(`/cari?q=${encodeURIComponent(title)}`)
    await expect(found.first()).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await shop.expectAccessible()
  await found.first().click()
  await expect(page).toHaveURL(/\/produk\/[^/]+$/)
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible()
  const handle = new URL(page.url()).pathname.split("/").pop()!

  const shopper = `ayu.${Date.now()}@contoh.id`
  const number = await buyForBoothPickup(handle, shopper)

  // The maker sees the order and marks it ready for pickup at the booth.
  await page.goto("/portal/pesanan")
  await shop.expectAccessible()
  await page.getByRole("link", { name: `Pesanan #${number}` }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Pesanan #${number}` })).toBeVisible()
  await expect(page.getByRole("list", { name: "Barang dari Anda" })).toContainText(title)
  await expect(page.getByText(shopper)).toBeVisible()
  await shop.expectAccessible()

  // Shipping needs a tracking number: refused next to the field.
  await page.getByRole("button", { name: "Tandai dikirim" }).click()
  await expect(page.getByLabel("Nomor resi")).toHaveAccessibleDescription("Isi nomor resi untuk menandai pesanan dikirim.")

  await page.getByRole("button", { name: "Tandai siap diambil di booth" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Status sekarang: Siap diambil di booth." })).toBeVisible()
  await shop.expectAccessible()

  // The shopper finds the order and sees the maker's status.
  await page.goto("/lacak-pesanan")
  await page.getByLabel("Email").fill(shopper)
  await page.getByLabel("Nomor pesanan").fill(String(number))
  await page.getByRole("button", { name: "Cari pesanan" }).click()
  await expect(
    page.getByRole("region", { name: "Status per perajin" }).getByRole("listitem").filter({ hasText: "Batik Sekar Malon" })
  ).toContainText("Siap diambil di booth")
  await shop.expectAccessible()

  // Signing out ends the portal session.
  await page.goto("/portal")
  await page.getByRole("button", { name: "Keluar" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Anda sudah keluar." })).toBeVisible()
  await page.goto("/portal/produk")
  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Portal Perajin" })).toBeVisible()
})
