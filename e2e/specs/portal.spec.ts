import zlib from "node:zlib"
import { expect as baseExpect, Store, test } from "../fixtures"

// Each checkout step makes several cart changes on the backend (seconds each on two busy cores).
const expect = baseExpect.configure({ timeout: 30_000 })

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

// A production build on two shared cores, a backend that re-encodes the photo, a search index to wait for, a checkout.
test.setTimeout(300_000)

test("a maker signs in, publishes a tulis piece with a photo that search finds; a shopper buys it through the checkout and sees it ready for pickup once the maker says so", async ({
  page,
  browser,
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

  // A shopper, in a browser of their own, buys it for pickup at the booth through the checkout pages.
  const email = `ayu.${Date.now()}@contoh.id`
  const shopperContext = await browser.newContext()
  const buyer = await shopperContext.newPage()
  const shopper = new Store(buyer)
  await buyer.goto(`/produk/${handle}`)
  await buyer.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await expect(buyer.getByRole("list", { name: "Isi keranjang" })).toContainText(title)
  await shopper.expectAccessible()
  await buyer.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
  await buyer.getByRole("textbox", { name: "Email" }).fill(email)
  await buyer.getByRole("button", { name: "Lanjut" }).click()
  await buyer.getByRole("radio", { name: /Ambil sendiri di booth/ }).check()
  await buyer.getByRole("textbox", { name: "Nama depan penerima" }).fill("Ayu")
  await buyer.getByRole("textbox", { name: "Nomor HP" }).fill("0812 3456 7890")
  await buyer.getByRole("button", { name: "Lanjut" }).click()
  await expect(buyer.getByRole("radio", { name: /Transfer bank/ })).toBeChecked()
  await buyer.getByRole("button", { name: "Lanjut" }).click()
  await expect(buyer.getByRole("heading", { name: "Periksa pesanan Anda" })).toBeVisible()
  await buyer.getByRole("button", { name: "Buat pesanan" }).click()
  const confirmation = buyer.getByRole("heading", { level: 1, name: /^Pesanan #\d+$/ })
  await expect(confirmation).toBeVisible()
  const number = (await confirmation.innerText()).replace(/\D/g, "")
  const makerStatus = buyer
    .getByRole("region", { name: "Status per perajin" })
    .getByRole("listitem")
    .filter({ hasText: "Batik Sekar Malon" })
  // The order is split per maker by a subscriber just after it is placed.
  await expect(async () => {
    await buyer.reload()
    await expect(makerStatus).toContainText("Diterima perajin", { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await shopper.expectAccessible()

  // The maker sees the order and marks it ready for pickup at the booth.
  await page.goto("/portal/pesanan")
  await shop.expectAccessible()
  await page.getByRole("link", { name: `Pesanan #${number}`, exact: true }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Pesanan #${number}`, exact: true })).toBeVisible()
  await expect(page.getByRole("list", { name: "Barang dari Anda" })).toContainText(title)
  await expect(page.getByText(email)).toBeVisible()
  await shop.expectAccessible()

  // Shipping needs a tracking number: refused next to the field.
  await page.getByRole("button", { name: "Tandai dikirim" }).click()
  await expect(page.getByLabel("Nomor resi")).toHaveAccessibleDescription("Isi nomor resi untuk menandai pesanan dikirim.")

  await page.getByRole("button", { name: "Tandai siap diambil di booth" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Status sekarang: Siap diambil di booth." })).toBeVisible()
  await shop.expectAccessible()

  // The shopper's order page now says the piece waits at the booth.
  await buyer.reload()
  await expect(makerStatus).toContainText("Siap diambil di booth")
  await shopper.expectAccessible()
  await shopperContext.close()

  // Signing out ends the portal session.
  await page.goto("/portal")
  await page.getByRole("button", { name: "Keluar" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Anda sudah keluar." })).toBeVisible()
  await page.goto("/portal/produk")
  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Portal Perajin" })).toBeVisible()
})
