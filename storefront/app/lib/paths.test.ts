import { describe, expect, it } from "vitest"
import routes from "../routes"
import { alternatePaths, langFromPath, localePath, switchLanguagePath } from "./paths"

describe("language routing", () => {
  it("serves Indonesian at the root and English under /en", () => {
    expect(langFromPath("/")).toBe("id")
    expect(langFromPath("/produk/kain")).toBe("id")
    expect(langFromPath("/en")).toBe("en")
    expect(langFromPath("/en/products/kain")).toBe("en")
    // A page whose name merely starts with "en" is still Indonesian.
    expect(langFromPath("/enak")).toBe("id")
  })

  it("builds each page's path in both languages", () => {
    expect(localePath("id", "home")).toBe("/")
    expect(localePath("en", "home")).toBe("/en")
    expect(localePath("id", "product", { handle: "kain-asem-arang" })).toBe("/produk/kain-asem-arang")
    expect(localePath("en", "maker", { handle: "batik-malon" })).toBe("/en/makers/batik-malon")
  })

  it("keeps the visitor on the same page and filters when switching language", () => {
    expect(switchLanguagePath("/produk/kain-asem-arang", "", "en")).toBe("/en/products/kain-asem-arang")
    expect(switchLanguagePath("/en/products/kain-asem-arang", "", "id")).toBe("/produk/kain-asem-arang")
    expect(switchLanguagePath("/katalog", "?technique=tulis&max=2000000", "en")).toBe(
      "/en/catalogue?technique=tulis&max=2000000"
    )
    expect(switchLanguagePath("/en", "", "id")).toBe("/")
  })

  it("sends an unknown path to the home page of the other language", () => {
    expect(switchLanguagePath("/tidak-ada", "", "en")).toBe("/en")
  })

  it("gives hreflang alternates for both languages", () => {
    expect(alternatePaths("/en/makers")).toEqual({ id: "/perajin", en: "/en/makers" })
  })

  it("declares every page in both languages in the route table", () => {
    const paths = routes.map((r) => r.path)
    for (const p of ["/", "katalog", "cari", "produk/:handle", "perajin/:handle", "pameran/:handle"]) expect(paths).toContain(p)
    for (const p of ["en", "en/catalogue", "en/search", "en/products/:handle", "en/makers/:handle", "en/exhibitions/:handle"])
      expect(paths).toContain(p)
  })
})
