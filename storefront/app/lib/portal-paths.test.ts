import { describe, expect, it } from "vitest"
import { portalPath, switchPortalPath } from "./portal-paths"

describe("portal paths", () => {
  it("builds each page in both languages", () => {
    expect(portalPath("id", "order", { id: "mko_1" })).toBe("/portal/pesanan/mko_1")
    expect(portalPath("en", "order", { id: "mko_1" })).toBe("/en/portal/orders/mko_1")
    expect(portalPath("en", "dashboard")).toBe("/en/portal")
  })

  it("switches language on the same portal page, never reading 'baru' as a product id", () => {
    expect(switchPortalPath("/portal/produk/prod_1", "en")).toBe("/en/portal/products/prod_1")
    expect(switchPortalPath("/portal/produk/baru", "en")).toBe("/en/portal/products/new")
    expect(switchPortalPath("/en/portal/sign-in", "id")).toBe("/portal/masuk")
    expect(switchPortalPath("/portal/tidak-ada", "en")).toBe("/en/portal")
  })
})
