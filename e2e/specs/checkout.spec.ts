import type { Locator, Page } from "@playwright/test"
import { oneOfAKindTulis } from "../backend"
import { expect as baseExpect, Store, test } from "../fixtures"

// Each checkout step makes several cart changes on the backend (seconds each on two busy cores).
const expect = baseExpect.configure({ timeout: 30_000 })

/** Rupiah the Indonesian way, as the confirmation shows the amount to transfer: Rp 1.250.000. */
const rupiah = (amount: number) => `Rp ${amount.toLocaleString("id-ID")}`

const amountOf = (text: string) => Number(text.replace(/\D/g, ""))

/** The organisers' account the e2e stack gives the storefront (scripts/lib/e2e.mjs). */
const bank = { name: process.env.BANK_TRANSFER_BANK ?? "", account: process.env.BANK_TRANSFER_ACCOUNT ?? "" }

/** Presses Tab until the target has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press("Tab")
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target}`)
}

test.describe.serial("checkout", () => {
  // Whole purchases with an axe scan on every page: minutes, not the default 30 s, on two shared cores.
  test.describe.configure({ timeout: 180_000 })
  const email = `tamu.${Date.now()}@contoh.id`
  let piece: { title: string; handle: string; price: number }
  let orderNumber = ""

  test("a guest buys a one-of-a-kind tulis piece with booth pickup and bank transfer; a shopper who had it in the cart is told it sold out", async ({
    page,
    store,
    browser,
  }) => {
    ;[piece] = await oneOfAKindTulis()
    expect(piece, "the demo catalogue has a one-of-a-kind tulis piece").toBeTruthy()

    // Another shopper puts the same piece in their cart first, in a browser of their own.
    const other = await browser.newContext()
    const otherPage = await other.newPage()
    await otherPage.goto(`/produk/${piece.handle}`)
    await otherPage.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(otherPage.getByRole("list", { name: "Isi keranjang" })).toContainText(piece.title)

    await page.goto(`/produk/${piece.handle}`)
    await expect(page.getByText("Satu-satunya", { exact: true })).toBeVisible()
    await expect(page.getByRole("link", { name: "Keranjang", exact: true })).toBeVisible()
    await store.expectAccessible()
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(page).toHaveURL(/\/keranjang$/)
    await expect(page.getByRole("link", { name: "Keranjang (1)" })).toBeVisible()
    await expect(page.getByRole("list", { name: "Isi keranjang" })).toContainText(piece.title)
    await store.expectAccessible()

    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await page.getByRole("textbox", { name: "Email" }).fill(email)
    await store.expectAccessible()
    await page.getByRole("button", { name: "Lanjut" }).click()

    await page.getByRole("radio", { name: /Ambil sendiri di booth/ }).check()
    await expect(page.getByRole("listitem").filter({ hasText: /^Booth .+: / }).first()).toBeVisible()
    await page.getByRole("textbox", { name: "Nama depan penerima" }).fill("Sri")
    await page.getByRole("textbox", { name: "Nomor HP" }).fill("12345")
    await page.getByRole("button", { name: "Lanjut" }).click()
    // A bad phone number is refused next to its field, and nothing typed is lost.
    await expect(page.getByRole("textbox", { name: "Nomor HP" })).toHaveAccessibleDescription(/Nomor HP Indonesia/)
    await expect(page.getByRole("textbox", { name: "Nama depan penerima" })).toHaveValue("Sri")
    await expect(page.getByRole("radio", { name: /Ambil sendiri di booth/ })).toBeChecked()
    await store.expectAccessible()
    await page.getByRole("textbox", { name: "Nomor HP" }).fill("0812 3456 7890")
    await page.getByRole("button", { name: "Lanjut" }).click()

    await expect(page.getByRole("radio", { name: /Transfer bank/ })).toBeChecked()
    await store.expectAccessible()
    await page.getByRole("button", { name: "Lanjut" }).click()

    await expect(page.getByRole("heading", { name: "Periksa pesanan Anda" })).toBeVisible()
    await expect(page.getByText(email)).toBeVisible()
    await store.expectAccessible()
    await page.getByRole("button", { name: "Buat pesanan" }).click()

    const heading = page.getByRole("heading", { level: 1, name: /^Pesanan #\d+$/ })
    await expect(heading).toBeVisible()
    orderNumber = (await heading.innerText()).replace(/\D/g, "")
    await expect(page.getByText("Menunggu transfer")).toBeVisible()
    const transfer = page.getByRole("region", { name: "Cara membayar dengan transfer bank" })
    await expect(transfer).toContainText(rupiah(piece.price))
    await expect(transfer).toContainText(bank.name)
    await expect(transfer).toContainText(bank.account)
    await expect(transfer.getByRole("definition").filter({ hasText: new RegExp(`^${orderNumber}$`) })).toBeVisible()
    await expect(page.getByRole("region", { name: "Ambil di booth pameran" }).getByText(/^Booth .+: /)).toBeVisible()
    await expect(page.getByRole("region", { name: "Barang yang dipesan" })).toContainText(piece.title)
    await expect(page.getByRole("link", { name: "Keranjang", exact: true })).toBeVisible()
    await store.expectAccessible()

    // The checkout opened again (a second tab, the back button) leads to the same order, not a second one.
    await page.goto("/pembayaran?step=review")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pesanan #${orderNumber}`)

    // The other shopper's cart now says which piece sold out and why, and offers no checkout.
    await otherPage.reload()
    await expect(otherPage.getByRole("status")).toContainText(/Terjual habis: pembeli lain sudah membeli yang terakhir/)
    await expect(otherPage.getByRole("link", { name: "Lanjut ke pembayaran" })).toHaveCount(0)
    await new Store(otherPage).expectAccessible()
    await other.close()
  })

  test("a second shopper sees that piece as sold", async ({ page, store }) => {
    await page.goto(`/produk/${piece.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(piece.title)
    await expect(page.getByRole("article").getByText("Terjual", { exact: true })).toBeVisible()
    await expect(page.getByRole("button", { name: "Tambah ke keranjang" })).toHaveCount(0)
    await store.expectAccessible()
  })

  test("the order lookup finds the guest's order by email and order number", async ({ page, store }) => {
    await page.goto("/lacak-pesanan")
    await store.expectAccessible()
    await page.getByRole("textbox", { name: "Email" }).fill(email)
    await page.getByRole("textbox", { name: "Nomor pesanan" }).fill(String(Number(orderNumber) + 1000))
    await page.getByRole("button", { name: "Cari pesanan" }).click()
    await expect(page.getByRole("alert")).toContainText("Tidak ada pesanan dengan email dan nomor ini")
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(email)
    await store.expectAccessible()

    // Without the lookup this browser may not open the order.
    await page.goto(`/lacak-pesanan`)
    await page.getByRole("textbox", { name: "Nomor pesanan" }).fill(`#${orderNumber}`)
    await page.getByRole("textbox", { name: "Email" }).fill(email.toUpperCase())
    await page.getByRole("button", { name: "Cari pesanan" }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pesanan #${orderNumber}`)
    await expect(page.getByRole("region", { name: "Barang yang dipesan" })).toContainText(piece.title)
    await store.expectAccessible()
  })

  test("the checkout works without JavaScript: plain forms from the product page to the confirmation", async ({ browser }) => {
    // Sold pieces drop out of the list: the first is one nobody has bought yet.
    const [third] = await oneOfAKindTulis()
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/produk/${third.handle}`)
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await page.getByRole("textbox", { name: "Email" }).fill(`tanpa-js.${email}`)
    await page.getByRole("button", { name: "Lanjut" }).click()
    await expect(page.getByRole("radio", { name: /Ambil sendiri di booth/ })).toBeChecked()
    await page.getByRole("textbox", { name: "Nama depan penerima" }).fill("Wati")
    await page.getByRole("textbox", { name: "Nomor HP" }).fill("0813 2222 3333")
    await page.getByRole("button", { name: "Lanjut" }).click()
    await page.getByRole("button", { name: "Lanjut" }).click()
    await page.getByRole("button", { name: "Buat pesanan" }).click()
    await expect(page.getByRole("heading", { level: 1, name: /^Pesanan #\d+$/ })).toBeVisible()
    await expect(page.getByRole("region", { name: "Cara membayar dengan transfer bank" })).toContainText(rupiah(third.price))
    await context.close()
  })

  test("the whole checkout done with the keyboard only, in English, with courier delivery", async ({ page, store }) => {
    const [second] = await oneOfAKindTulis()
    await page.goto(`/en/products/${second.handle}`)
    await store.expectAccessible()
    await tabTo(page, page.getByRole("button", { name: "Add to cart" }))
    await page.keyboard.press("Enter")
    await expect(page.getByRole("link", { name: "Cart (1)" })).toBeVisible()
    await store.expectAccessible()

    await tabTo(page, page.getByRole("link", { name: "Go to checkout" }))
    await page.keyboard.press("Enter")
    const emailBox = page.getByRole("textbox", { name: "Email" })
    await expect(emailBox).toBeVisible()
    await store.expectAccessible()
    await tabTo(page, emailBox)
    await page.keyboard.type(`keyboard.${email}`)
    await page.keyboard.press("Enter")

    // Tab lands on the group's chosen radio (pickup, the cheapest); the arrow key moves to the courier.
    const courier = page.getByRole("radio", { name: /Courier delivery/ })
    await expect(courier).toBeVisible()
    await tabTo(page, page.getByRole("radio", { checked: true }))
    await page.keyboard.press("ArrowDown")
    await expect(courier).toBeChecked()
    const fields: [string, string][] = [
      ["Recipient's first name", "Budi"],
      ["Mobile number", "+62 812 1111 2222"],
      ["Street address (street, house number, RT/RW)", "Jl. Pandanaran 21"],
      ["District (kecamatan)", "Semarang Tengah"],
      ["City or regency (kota/kabupaten)", "Kota Semarang"],
      ["Postal code", "50134"],
    ]
    for (const [label, value] of fields) {
      await tabTo(page, page.getByRole("textbox", { name: label }))
      await page.keyboard.type(value)
    }
    const province = page.getByRole("combobox", { name: "Province" })
    await tabTo(page, province)
    await page.keyboard.type("Jawa Te")
    await expect(province).toHaveValue("Jawa Tengah")
    await store.expectAccessible()
    await tabTo(page, page.getByRole("button", { name: "Continue" }))
    await page.keyboard.press("Enter")

    const bankTransfer = page.getByRole("radio", { name: /Bank transfer/ })
    await expect(bankTransfer).toBeChecked()
    await store.expectAccessible()
    await tabTo(page, page.getByRole("button", { name: "Continue" }))
    await page.keyboard.press("Space")

    await expect(page.getByRole("heading", { name: "Review your order" })).toBeVisible()
    await expect(page.getByText("Jl. Pandanaran 21, Semarang Tengah, Kota Semarang, Jawa Tengah, 50134")).toBeVisible()
    await store.expectAccessible()
    await tabTo(page, page.getByRole("button", { name: "Place order" }))
    await page.keyboard.press("Enter")

    await expect(page.getByRole("heading", { level: 1, name: /^Order #\d+$/ })).toBeVisible()
    await expect(page.getByRole("region", { name: "Delivered to" })).toContainText("Jl. Pandanaran 21")
    // The amount to transfer is the piece plus the courier, as the order's summary adds them up.
    const summary = page.getByRole("region", { name: "Items ordered" })
    const delivery = amountOf(await summary.getByRole("definition").nth(1).innerText())
    const total = amountOf(await summary.getByRole("definition").nth(2).innerText())
    expect(delivery).toBeGreaterThan(0)
    expect(total).toBe(second.price + delivery)
    await expect(page.getByRole("region", { name: "How to pay by bank transfer" })).toContainText(rupiah(total))
    await store.expectAccessible()
  })
})
