import { expect, test } from "@playwright/test"
import { signInToAdmin } from "../admin"
import { storeApi } from "../backend"

// The admin dashboard is compiled on first visit in development mode: give the test room.
test.setTimeout(240_000)

test("an organiser invites a person to an approved maker's portal and reads what happened, or why the API refused", async ({
  page,
}) => {
  const { makers } = await storeApi<{ makers: { name: string }[] }>("/store/makers?limit=1")
  const maker = makers[0].name

  await signInToAdmin(page)
  await page.getByRole("link", { name: "Makers" }).click()
  await page.getByRole("tab", { name: "Approved" }).click()
  await page.getByRole("table", { name: "approved makers" }).getByRole("button", { name: `Invite a person to ${maker}` }).click()

  const form = page.getByRole("form", { name: `Invite a person to ${maker}` })
  // The browser accepts an address without a domain ending; the API does not, and says so.
  await form.getByLabel("Email").fill("sri@malon")
  await form.getByRole("button", { name: "Send invite" }).click()
  await expect(form.getByRole("alert")).toContainText("email must be an email address")

  await form.getByLabel("Email").fill("sri.lestari@malon.test")
  await form.getByRole("button", { name: "Send invite" }).click()
  await expect(form.getByRole("status")).toHaveText("Invite link sent to sri.lestari@malon.test. It is valid for 7 days.")
  await expect(form.getByLabel("Email")).toHaveValue("")
})
