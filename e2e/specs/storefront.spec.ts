import { certifiedProduct, featuredTitles, storeApi } from "../backend"
import { expect, test } from "../fixtures"

const rupiah = (text: string) => Number(text.replace(/[^\d]/g, ""))

test("home shows the exhibition and the organisers' picks in their order", async ({ page, store }) => {
  await page.goto("/")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.getByText(/Sedang berlangsung|Segera dibuka|Sudah berakhir/)).toBeVisible()
  const picks = await featuredTitles()
  await store.reloadUntil(() => expect(store.productLinks("Pilihan panitia")).toHaveText(picks, { timeout: 3_000 }))
  await expect(page.getByRole("list", { name: "Perajin peserta" }).getByText(/Booth/).first()).toBeVisible()
  await store.expectAccessible()
})

test("catalogue filtered to tulis within a price range: the URL, the count and the products agree", async ({
  page,
  store,
}) => {
  await page.goto("/katalog")
  await page.getByRole("group", { name: "Teknik" }).getByRole("checkbox", { name: /^Batik tulis/ }).check()
  await page.getByLabel("Harga minimum (Rp)").fill("1000000")
  await page.getByLabel("Harga maksimum (Rp)").fill("2000000")
  await page.getByRole("button", { name: "Terapkan" }).click()

  await expect(page).toHaveURL(/[?&]technique=tulis(&|$)/)
  await expect(page).toHaveURL(/[?&]min=1000000(&|$)/)
  await expect(page).toHaveURL(/[?&]max=2000000(&|$)/)
  const count = await store.resultCount()
  expect(count).toBeGreaterThan(0)
  const tiles = page.getByRole("list", { name: "Katalog batik" }).getByRole("listitem")
  await expect(tiles).toHaveCount(Math.min(count, 24))
  for (const tile of await tiles.all()) {
    await expect(tile.getByText("Batik tulis", { exact: true })).toBeVisible()
    const price = rupiah(await tile.getByText(/^Rp /).innerText())
    expect(price).toBeGreaterThanOrEqual(1000000)
    expect(price).toBeLessThanOrEqual(2000000)
  }
  // The same URL opened afresh (shared, bookmarked) shows the same selection.
  await page.reload()
  expect(await store.resultCount()).toBe(count)
  await expect(page.getByRole("group", { name: "Teknik" }).getByRole("checkbox", { name: /^Batik tulis/ })).toBeChecked()
  await store.expectAccessible()
})

test("a misspelt search still finds the product", async ({ page, store }) => {
  await page.goto("/")
  await page.getByRole("searchbox", { name: "Cari batik" }).fill("prang")
  // Once scripts run, suggestions appear while typing.
  await expect(page.getByRole("navigation", { name: "Saran pencarian" }).getByRole("link", { name: /Parang/ }).first()).toBeVisible()
  await page.getByRole("button", { name: "Cari" }).click()
  await expect(page).toHaveURL(/\/cari\?q=prang/)
  await expect(page.getByRole("heading", { level: 3 }).getByRole("link", { name: /Parang/ }).first()).toBeVisible()
  await store.expectAccessible()
})

test("a search typed before the scripts ran keeps its text and gets suggestions", async ({ page, store }) => {
  // A slow phone: the page is shown and typed into while its scripts are still on the way.
  const held: (() => void)[] = []
  let holding = true
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    if (holding) await new Promise<void>((release) => held.push(release))
    await route.continue()
  })
  await page.goto("/", { waitUntil: "commit" })
  const box = page.getByRole("searchbox", { name: "Cari batik" })
  await box.fill("prang")
  expect(held.length, "scripts were still held back while typing").toBeGreaterThan(0)
  holding = false
  for (const release of held.splice(0)) release()
  await expect(page.getByRole("navigation", { name: "Saran pencarian" }).getByRole("link", { name: /Parang/ }).first()).toBeVisible()
  await expect(box).toHaveValue("prang")
  await store.expectAccessible()
})

test("product page shows maker and Batikmark, English shows its English title, maker page opens", async ({ page, store }) => {
  // Three pages and three axe scans: ~33 s on two shared cores at a load average of 20.
  test.slow()
  const { title, handle, number } = await certifiedProduct()
  const {
    products: [english],
  } = await storeApi<{ products: { metadata: { title_en?: string } | null }[] }>(
    `/store/products?handle=${handle}&fields=metadata`
  )
  await page.goto("/")
  await page.getByRole("searchbox", { name: "Cari batik" }).fill(title)
  await page.getByRole("button", { name: "Cari" }).click()
  await page.getByRole("heading", { level: 3 }).getByRole("link", { name: title, exact: true }).click()

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByText(/^Rp /).first()).toBeVisible()
  await expect(page.getByText(/Batikmark “Batik Indonesia”/)).toBeVisible()
  await expect(page.getByText(number)).toBeVisible()
  const makerSection = page.getByRole("region", { name: "Perajin", exact: true })
  const makerLink = makerSection.getByRole("link")
  await expect(makerLink).toBeVisible()
  await expect(makerSection.getByText(/Booth/)).toBeVisible()
  await store.expectAccessible()

  const productPath = new URL(page.url()).pathname
  await page.getByRole("link", { name: "Read this page in English" }).click()
  await expect(page).toHaveURL(productPath.replace(/^\/produk\//, "/en/products/"))
  await expect(page.getByRole("heading", { level: 1, name: english.metadata?.title_en || title })).toBeVisible()
  await expect(page.getByText("Batik tulis (hand-drawn)")).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await store.expectAccessible()

  const makerName = await page.getByRole("region", { name: "Maker", exact: true }).getByRole("link").innerText()
  await page.getByRole("region", { name: "Maker", exact: true }).getByRole("link").click()
  await expect(page.getByRole("heading", { level: 1, name: makerName })).toBeVisible()
  await expect(page.getByText(/Booth at the exhibition/)).toBeVisible()
  await store.expectAccessible()
})

test("makers directory filters by district and opens a maker", async ({ page, store }) => {
  await page.goto("/perajin")
  await expect(page.getByRole("status")).toHaveText(/\d+ perajin/)
  await page.getByLabel("Kecamatan").selectOption("Gunungpati")
  await page.getByRole("button", { name: "Tampilkan" }).click()
  await expect(page).toHaveURL(/[?&]district=Gunungpati/)
  const makers = page.getByRole("main").getByRole("listitem")
  await expect(makers.first()).toBeVisible()
  for (const maker of await makers.all()) await expect(maker.getByText(/Gunungpati/)).toBeVisible()
  await store.expectAccessible()
  const name = await makers.first().getByRole("link").innerText()
  await makers.first().getByRole("link").click()
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible()
  await store.expectAccessible()
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("catalogue filters and search still work through plain GET forms", async ({ page }) => {
    await page.goto("/katalog")
    await page.getByRole("group", { name: "Teknik" }).getByRole("checkbox", { name: /^Batik cap/ }).check()
    await page.getByRole("button", { name: "Terapkan" }).click()
    await expect(page).toHaveURL(/[?&]technique=cap(&|$)/)
    const tiles = page.getByRole("list", { name: "Katalog batik" }).getByRole("listitem")
    await expect(tiles.first()).toBeVisible()
    for (const tile of await tiles.all()) await expect(tile.getByText("Batik cap", { exact: true })).toBeVisible()

    await page.getByRole("searchbox", { name: "Cari batik" }).fill("kawung")
    await page.getByRole("button", { name: "Cari" }).click()
    await expect(page).toHaveURL(/\/cari\?q=kawung/)
    await expect(page.getByRole("heading", { level: 3 }).getByRole("link", { name: /Kawung/ }).first()).toBeVisible()
    // No axe scan here: axe runs as a script in the page, and these pages were scanned with JavaScript on.
  })
})
