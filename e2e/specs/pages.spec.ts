import { storeApi } from "../backend"
import { expect, Store, test } from "../fixtures"

type Exhibition = {
  handle: string
  title_id: string
  title_en: string
  featured: { position: number; product: { title: string; title_en?: string | null } }[]
  participants: { booth_code: string; maker: { name: string } }[]
}

/** The first exhibition the store lists for `when` (current falls back to the next one to open). */
async function exhibition(when: "current" | "archive"): Promise<Exhibition> {
  let { exhibitions } = await storeApi<{ exhibitions: { handle: string }[] }>(`/store/exhibitions?when=${when}`)
  if (!exhibitions.length && when === "current") {
    ;({ exhibitions } = await storeApi<{ exhibitions: { handle: string }[] }>("/store/exhibitions?when=upcoming"))
  }
  if (!exhibitions.length) throw new Error(`The demo seed has no ${when} exhibition`)
  return (await storeApi<{ exhibition: Exhibition }>(`/store/exhibitions/${exhibitions[0].handle}`)).exhibition
}

test("the exhibition of the moment shows its picks and booths, in Indonesian and in English", async ({ page, store }) => {
  const e = await exhibition("current")
  const picks = [...e.featured].sort((a, b) => a.position - b.position)

  await page.goto(`/pameran/${e.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: e.title_id })).toBeVisible()
  await expect(page.getByText(/Sedang berlangsung|Segera dibuka/)).toBeVisible()
  await store.reloadUntil(() =>
    expect(store.productLinks("Pilihan panitia")).toHaveText(picks.map((f) => f.product.title), { timeout: 3_000 })
  )
  const booths = page.getByRole("list", { name: "Perajin peserta" })
  await expect(booths.getByText(e.participants[0].maker.name, { exact: true })).toBeVisible()
  await expect(booths.getByText(new RegExp(`Booth ${e.participants[0].booth_code}\\b`))).toBeVisible()
  await store.expectAccessible()

  await page.getByRole("link", { name: "Read this page in English" }).click()
  await expect(page).toHaveURL(`/en/exhibitions/${e.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: e.title_en })).toBeVisible()
  await expect(page.getByText(/Open now|Opening soon/)).toBeVisible()
  // English pages show each piece's English title where it has one.
  await store.reloadUntil(() =>
    expect(store.productLinks("Organisers' picks")).toHaveText(picks.map((f) => f.product.title_en || f.product.title), {
      timeout: 3_000,
    })
  )
  await expect(page.getByRole("list", { name: "Participating makers" })).toBeVisible()
  await store.expectAccessible()
})

test("an archived exhibition still opens and says it has closed", async ({ page, store }) => {
  const e = await exhibition("archive")
  await page.goto(`/pameran/${e.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: e.title_id })).toBeVisible()
  await expect(page.getByText("Sudah berakhir")).toBeVisible()
  await store.expectAccessible()

  await page.goto(`/en/exhibitions/${e.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: e.title_en })).toBeVisible()
  await expect(page.getByText("Closed", { exact: true })).toBeVisible()
  await store.expectAccessible()
})

test("a page that does not exist answers 404 in the visitor's language", async ({ page }) => {
  // The `store` fixture fails on any console error, and Chromium logs the 404 document itself as one.
  const store = new Store(page)
  const errors: string[] = []
  page.on("console", (m) => {
    const missingPage = /status of 404/.test(m.text()) && /\/(en\/no-such-page|halaman-yang-tidak-ada)$/.test(m.location().url)
    if (m.type() === "error" && !missingPage) errors.push(m.text())
  })
  page.on("pageerror", (e) => errors.push(e.message))
  const english = await page.goto("/en/no-such-page")
  expect(english?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("main").getByRole("link", { name: /home/i })).toHaveAttribute("href", "/en")
  await store.expectAccessible()

  const indonesian = await page.goto("/halaman-yang-tidak-ada")
  expect(indonesian?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "id")
  await store.expectAccessible()
  expect(errors, "console errors").toEqual([])
})

test("sitemap.xml lists products, makers and exhibitions in both languages", async ({ page, baseURL }) => {
  const [{ products }, { makers }, { exhibitions }] = await Promise.all([
    storeApi<{ products: { handle: string }[] }>("/store/products?limit=1&fields=handle&order=-created_at"),
    storeApi<{ makers: { handle: string }[] }>("/store/makers?limit=1"),
    storeApi<{ exhibitions: { handle: string }[] }>("/store/exhibitions"),
  ])
  const res = await page.request.get("/sitemap.xml")
  expect(res.status()).toBe(200)
  expect(res.headers()["content-type"]).toMatch(/application\/xml/)
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  const expected = [
    `/produk/${products[0].handle}`,
    `/en/products/${products[0].handle}`,
    `/perajin/${makers[0].handle}`,
    `/en/makers/${makers[0].handle}`,
    ...exhibitions.flatMap((e) => [`/pameran/${e.handle}`, `/en/exhibitions/${e.handle}`]),
  ]
  for (const path of expected) expect(locs, path).toContain(new URL(path, baseURL).toString())
})
