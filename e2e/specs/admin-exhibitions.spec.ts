import { expect, test } from "@playwright/test"
import { signInToAdmin } from "../admin"
import { storeApi } from "../backend"

type StoreExhibition = {
  handle: string
  title_en: string
  featured: { position: number; product: { title: string } }[]
}

/** The exhibition the organisers curate now: the one open, else the next to open. */
async function currentExhibition(): Promise<StoreExhibition> {
  for (const when of ["current", "upcoming"]) {
    const { exhibitions } = await storeApi<{ exhibitions: { handle: string }[] }>(`/store/exhibitions?when=${when}`)
    if (exhibitions.length) {
      return (await storeApi<{ exhibition: StoreExhibition }>(`/store/exhibitions/${exhibitions[0].handle}`)).exhibition
    }
  }
  throw new Error("The demo seed has no current or upcoming exhibition")
}

// The admin dashboard is compiled on first visit in development mode: give the test room.
test.setTimeout(240_000)

test("an organiser features a product in the admin, moves it to first place, and the store lists it first", async ({
  page,
}) => {
  const exhibition = await currentExhibition()

  await signInToAdmin(page)

  await page.getByRole("link", { name: "Exhibitions" }).click()
  await page.getByRole("table", { name: "Exhibitions" }).getByRole("link", { name: exhibition.title_en }).click()
  await expect(page.getByRole("heading", { level: 1, name: exhibition.title_en })).toBeVisible({ timeout: 30_000 })

  const picker = page.getByLabel("Product to feature")
  const choice = picker.getByRole("option").nth(1)
  const label = (await choice.innerText()).trim()
  // Options read "<product title> — <maker name>".
  const title = label.split(" — ")[0]
  await picker.selectOption({ label })
  await page.getByRole("button", { name: "Feature product" }).click()

  const featured = page.getByRole("list", { name: "Featured products" }).getByRole("listitem")
  await expect(featured.last()).toContainText(title)
  const count = await featured.count()
  expect(count).toBe(exhibition.featured.length + 1)

  for (let place = count; place > 1; place--) {
    await page.getByRole("button", { name: `Move ${title} up` }).click()
    await expect(featured.nth(place - 2)).toContainText(title)
  }
  await expect(featured.first()).toContainText(title)
  await expect(page.getByRole("button", { name: `Move ${title} up` })).toBeDisabled()

  await expect
    .poll(async () => {
      const after = (await storeApi<{ exhibition: StoreExhibition }>(`/store/exhibitions/${exhibition.handle}`)).exhibition
      return [...after.featured].sort((a, b) => a.position - b.position)[0]?.product.title
    })
    .toBe(title)
})
