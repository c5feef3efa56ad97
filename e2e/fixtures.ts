import AxeBuilder from "@axe-core/playwright"
import { test as base, expect, type Page } from "@playwright/test"

/** The pages of the store the specs visit, reached the way a shopper would. */
export class Store {
  constructor(readonly page: Page) {}

  /** Fails the test when axe-core finds any WCAG A/AA violation on the current page. */
  async expectAccessible() {
    const results = await new AxeBuilder({ page: this.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)
    expect(summary, `axe violations on ${this.page.url()}`).toEqual([])
  }

  /** The number the catalogue reports above its results ("12 produk" / "12 products"). */
  async resultCount(): Promise<number> {
    const text = await this.page.getByRole("status").filter({ hasText: /produk|product/ }).first().innerText()
    return Number(text.replace(/\D/g, ""))
  }

  /**
   * Reloads the current page until `check` passes. Public pages are shared for a few seconds and a
   * stale copy may answer once while a fresh one renders (decision 006): a shopper who reloads sees
   * an organiser's or maker's change within seconds, and so must the spec.
   */
  async reloadUntil(check: () => Promise<void>, timeout = 30_000) {
    let first = true
    await expect(async () => {
      if (!first) await this.page.reload()
      first = false
      await check()
    }).toPass({ timeout, intervals: [1_000, 2_000, 3_000] })
  }

  /** Product tiles of a labelled grid (their title links), in page order. */
  productLinks(list: string) {
    return this.page.getByRole("list", { name: list }).getByRole("heading", { level: 3 }).getByRole("link")
  }
}

/** Playwright's test with a `store` fixture; console errors fail the test (a broken asset, a hydration error). */
export const test = base.extend<{ store: Store }>({
  store: async ({ page }, use) => {
    const errors: string[] = []
    page.on("console", (m) => {
      // A form refused with a 4xx (a field to fix, a wrong password) answers a `.data` request that the page
      // renders; Chromium still logs it as a failed resource. Anything else logged as an error counts.
      const refusedForm = /status of 4\d\d/.test(m.text()) && /\.data(\?|$)/.test(m.location().url)
      if (m.type() === "error" && !refusedForm) errors.push(m.text())
    })
    page.on("pageerror", (e) => errors.push(e.message))
    await use(new Store(page))
    expect(errors, "console errors").toEqual([])
  },
})

export { expect }
