import type { Page } from "@playwright/test"

/** The backend serving the organisers' dashboard in the e2e stack. */
export const backendUrl = process.env.E2E_BACKEND_URL ?? "http://localhost:9400"

/** Signs the demo organiser in to the admin dashboard. */
export async function signInToAdmin(page: Page) {
  await page.goto(`${backendUrl}/app`)
  // Medusa's login form names its fields by placeholder only (a password field has no textbox role).
  await page.getByRole("textbox", { name: "Email" }).fill("panitia@gelar.test")
  await page.getByPlaceholder("Password").fill("gelar-demo-2026")
  await page.getByRole("button", { name: "Continue with Email" }).click()
}
