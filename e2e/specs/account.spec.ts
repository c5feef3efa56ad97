import type { Page } from "@playwright/test"
import { emailedTo, oneOfAKindTulis } from "../backend"
import { expect, test } from "../fixtures"

const amountOf = (text: string) => Number(text.replace(/\D/g, ""))

/** An Indonesian courier address, typed the way a shopper would (spaces in the phone number). */
const ADDRESS = {
  "Nama depan penerima": "Dewi",
  "Nama belakang penerima (opsional)": "Lestari",
  "Nomor HP": "0813 2233 4455",
  "Alamat (jalan, nomor rumah, RT/RW)": "Jl. Pandanaran No. 45, RT 02/RW 03",
  Kecamatan: "Semarang Selatan",
  "Kota/kabupaten": "Kota Semarang",
  "Kode pos": "50241",
}

async function fillAddress(page: Page, overrides: Record<string, string> = {}) {
  for (const [label, value] of Object.entries({ ...ADDRESS, ...overrides })) {
    await page.getByRole("textbox", { name: label, exact: true }).fill(value)
  }
  await page.getByRole("combobox", { name: "Provinsi" }).selectOption("Jawa Tengah")
}

// On two shared cores the backend takes up to ~10 s to set a cart's shipping method or complete it.
const SLOW_STEP = 30_000

/** Presses the checkout's "Lanjut" and waits for the next step's address. */
async function next(page: Page, step: string) {
  await page.getByRole("button", { name: "Lanjut" }).click()
  await expect(page).toHaveURL(new RegExp(`step=${step}$`), { timeout: SLOW_STEP })
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByRole("textbox", { name: "Email" }).fill(email)
  await page.getByLabel("Kata sandi").fill(password)
  await page.getByRole("button", { name: "Masuk" }).click()
}

test.describe("customer account", () => {
  // One shopper's story in order. Each step makes several backend calls that take seconds on two shared
  // cores (registering ~3 s, a shipping method ~8 s), plus an axe scan per page: more than the default 30 s.
  test.describe.configure({ mode: "serial", timeout: 90_000 })

  const email = `pelanggan.${Date.now()}@contoh.id`
  const password = "batik-semarang-2026"
  let orderNumber = ""
  let total = 0

  test("a guest buys a piece with courier delivery to an Indonesian address", async ({ page }) => {
    // The last of the one-of-a-kind pieces: the checkout spec buys the first.
    const piece = (await oneOfAKindTulis()).at(-1)
    expect(piece, "the demo catalogue has a one-of-a-kind tulis piece").toBeTruthy()
    await page.goto(`/produk/${piece!.handle}`)
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await page.getByRole("textbox", { name: "Email" }).fill(email)
    await next(page, "delivery")
    await page.getByRole("radio", { name: /Kirim dengan kurir/ }).check()
    await fillAddress(page)
    await next(page, "payment")
    await expect(page.getByRole("radio", { name: /Transfer bank/ })).toBeChecked()
    await next(page, "review")
    await page.getByRole("button", { name: "Buat pesanan" }).click()
    const heading = page.getByRole("heading", { level: 1, name: /^Pesanan #\d+$/ })
    await expect(heading).toBeVisible({ timeout: SLOW_STEP })
    orderNumber = amountOf(await heading.innerText()).toString()
    // The piece plus the courier's fee.
    total = piece!.price + 25000
  })

  test("the shopper registers with the same email and finds that order in the account", async ({ page, store }) => {
    await page.goto("/")
    // The header's account link is the same for everyone; not logged in, it leads to the log-in page.
    await page.getByRole("navigation", { name: "Utama" }).getByRole("link", { name: "Akun" }).click()
    await expect(page).toHaveURL(/\/masuk\?redirectTo=%2Fakun$/)
    await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible()
    await store.expectAccessible()
    await page.getByRole("link", { name: "Daftar" }).click()
    await expect(page.getByRole("heading", { level: 1, name: "Daftar akun" })).toBeVisible()
    await page.getByRole("textbox", { name: "Nama depan" }).fill("Dewi")
    await page.getByRole("textbox", { name: "Email" }).fill(email)
    await page.getByLabel("Kata sandi").fill("pendek")
    await page.getByRole("button", { name: "Daftar" }).click()
    // A password too short is refused beside its field; the name and email stay.
    await expect(page.getByLabel("Kata sandi")).toHaveAccessibleDescription(/Kata sandi minimal 8 karakter/)
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(email)
    await expect(page.getByRole("textbox", { name: "Nama depan" })).toHaveValue("Dewi")
    await store.expectAccessible()
    await page.getByLabel("Kata sandi").fill(password)
    await page.getByRole("button", { name: "Daftar" }).click()

    await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible()
    await expect(page.getByText("Halo, Dewi")).toBeVisible()
    // Registering with an email proves nothing: the guest order waits for the link sent to that mailbox.
    const row = page.getByRole("row", { name: new RegExp(`#${orderNumber}\\b`) })
    await expect(row).toHaveCount(0)
    await expect(page.getByText(/Kami mengirim tautan ke email Anda/)).toBeVisible()
    await store.expectAccessible()

    let link = ""
    await expect(async () => {
      link = (await emailedTo(email, "customer-guest-orders")).link
    }).toPass({ timeout: 15_000 })
    await page.goto(link)
    await expect(page.getByRole("heading", { level: 1, name: "Tambahkan pesanan sebelumnya" })).toBeVisible()
    await store.expectAccessible()
    await page.getByRole("button", { name: "Tambahkan ke akun saya" }).click()
    await expect(page.getByText("1 pesanan sebelumnya ditambahkan ke akun Anda.")).toBeVisible()
    await expect(row).toContainText(`Rp ${total.toLocaleString("id-ID")}`)
    await expect(row).toContainText("Menunggu pembayaran")
    await store.expectAccessible()
  })

  test("logged in from a browser that never saw the checkout, the customer opens the order from the account", async ({
    page,
    store,
  }) => {
    await page.goto("/akun")
    await logIn(page, email, password)
    await expect(page).toHaveURL(/\/akun$/)
    await page.getByRole("link", { name: `Lihat pesanan #${orderNumber}` }).click()
    await expect(page.getByRole("heading", { level: 1, name: `Pesanan #${orderNumber}` })).toBeVisible()
    await expect(page.getByText("Jl. Pandanaran No. 45, RT 02/RW 03")).toBeVisible()
    await store.expectAccessible()
  })

  test("a customer saves an Indonesian address, fixing a wrong postal code beside its field; the checkout fills it in; logging out", async ({
    page,
    store,
  }) => {
    await page.goto("/akun/alamat")
    await logIn(page, email, password)
    await expect(page.getByRole("heading", { level: 1, name: "Alamat tersimpan" })).toBeVisible()
    await expect(page.getByText("Belum ada alamat tersimpan.")).toBeVisible()
    await store.expectAccessible()

    await fillAddress(page, { "Kode pos": "5024" })
    await page.getByRole("checkbox", { name: "Jadikan alamat utama" }).check()
    await page.getByRole("button", { name: "Simpan alamat" }).click()
    await expect(page.getByRole("textbox", { name: "Kode pos" })).toHaveAccessibleDescription(
      "Kode pos harus 5 angka, misalnya 50132."
    )
    await expect(page.getByRole("textbox", { name: "Kecamatan" })).toHaveValue("Semarang Selatan")
    await expect(page.getByRole("combobox", { name: "Provinsi" })).toHaveValue("Jawa Tengah")
    await store.expectAccessible()
    await page.getByRole("textbox", { name: "Kode pos" }).fill("50241")
    await page.getByRole("button", { name: "Simpan alamat" }).click()

    await expect(page.getByRole("status")).toHaveText("Alamat disimpan.")
    const saved = page.getByRole("list", { name: "Alamat tersimpan" }).getByRole("listitem")
    await expect(saved).toHaveCount(1)
    await expect(saved).toContainText("Alamat utama")
    await expect(saved).toContainText("081322334455")
    await expect(saved).toContainText("Semarang Selatan, Kota Semarang")
    await expect(saved).toContainText("Jawa Tengah 50241")
    await store.expectAccessible()

    // Opening the edit form brings the saved values back, district and province included.
    await page.getByRole("link", { name: "Ubah alamat Dewi Lestari" }).click()
    await expect(page.getByRole("textbox", { name: "Kecamatan" })).toHaveValue("Semarang Selatan")
    await expect(page.getByRole("combobox", { name: "Provinsi" })).toHaveValue("Jawa Tengah")

    // At the checkout, the account's email and this main address are filled in.
    const [, another] = await oneOfAKindTulis()
    await page.goto(`/produk/${another.handle}`)
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(email)
    await next(page, "delivery")
    await expect(page.getByRole("textbox", { name: "Alamat (jalan, nomor rumah, RT/RW)" })).toHaveValue(
      "Jl. Pandanaran No. 45, RT 02/RW 03"
    )
    await expect(page.getByRole("textbox", { name: "Kecamatan" })).toHaveValue("Semarang Selatan")
    await expect(page.getByRole("combobox", { name: "Provinsi" })).toHaveValue("Jawa Tengah")

    await page.getByRole("navigation", { name: "Utama" }).getByRole("link", { name: "Akun" }).click()
    await page.getByRole("button", { name: "Keluar" }).click()
    await expect(page).toHaveURL(/\/$/)
    await page.goto("/akun")
    await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible()
  })

  test("after five wrong passwords the sixth attempt is told to wait, in English, without saying whether the email exists", async ({
    page,
    store,
  }) => {
    // An email nobody registered: the same answer as a wrong password, then the same throttle.
    const unknown = `nobody.${Date.now()}@example.com`
    await page.goto("/en/login")
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByRole("textbox", { name: "Email" }).fill(unknown)
      await page.getByLabel("Password").fill(`wrong-${attempt}`)
      await page.getByRole("button", { name: "Log in" }).click()
      await expect(page.getByRole("alert")).toHaveText("Wrong email or password.")
    }
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(unknown)
    await page.getByLabel("Password").fill("wrong-6")
    await page.getByRole("button", { name: "Log in" }).click()
    await expect(page.getByRole("alert")).toHaveText(/^Too many login attempts\. Try again in \d+ seconds?\.$/)
    await store.expectAccessible()
  })
})
