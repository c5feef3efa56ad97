import { batikmarkProblems, BATIK_TECHNIQUES } from "@gelar/shared"
import { describe, expect, it } from "vitest"
import { DEMO_EXHIBITIONS } from "./exhibitions"
import { renderProductImage } from "./images"
import { DEMO_MAKERS } from "./makers"
import { batikSvg, PALETTES } from "./patterns"
import { demoProducts } from "./products"

const products = demoProducts()
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe("demo catalogue data", () => {
  it("has at least 12 makers of both size classes with valid, unique handles", () => {
    expect(DEMO_MAKERS.length).toBeGreaterThanOrEqual(12)
    expect(new Set(DEMO_MAKERS.map((m) => m.handle)).size).toBe(DEMO_MAKERS.length)
    expect(DEMO_MAKERS.every((m) => HANDLE.test(m.handle))).toBe(true)
    expect(new Set(DEMO_MAKERS.map((m) => m.size_class))).toEqual(new Set(["kecil", "menengah"]))
    expect(DEMO_MAKERS.filter((m) => m.sentra === "Sentra Batik Malon").length).toBeGreaterThanOrEqual(3)
  })

  it("has at least 80 products with unique handles, every technique and obeying the Batikmark rules", () => {
    expect(products.length).toBeGreaterThanOrEqual(80)
    expect(new Set(products.map((p) => p.handle)).size).toBe(products.length)
    expect(products.every((p) => HANDLE.test(p.handle))).toBe(true)
    expect(new Set(products.map((p) => p.batik.technique))).toEqual(new Set(BATIK_TECHNIQUES))
    for (const p of products) {
      expect(batikmarkProblems(p.batik), p.handle).toEqual([])
    }
  })

  it("prices pieces like the market does: printing cheapest, cap cloths in the hundreds of thousands, tulis cloths from half a million", () => {
    for (const p of products) {
      const { technique, form } = p.batik
      if (technique === "printing") expect(p.price, p.handle).toBeLessThanOrEqual(200_000)
      if (technique === "cap" && form === "kain-panjang") {
        expect(p.price, p.handle).toBeGreaterThanOrEqual(150_000)
        expect(p.price, p.handle).toBeLessThanOrEqual(400_000)
      }
      if (technique === "tulis" && form === "kain-panjang") expect(p.price, p.handle).toBeGreaterThanOrEqual(500_000)
      expect(p.price % 1000, p.handle).toBe(0)
    }
  })

  it("sells most hand-drawn pieces as one of a kind and clothing in sizes", () => {
    const tulis = products.filter((p) => p.batik.technique === "tulis")
    const single = tulis.filter((p) => Object.values(p.sizes).reduce((a, b) => a + b, 0) === 1)
    expect(single.length / tulis.length).toBeGreaterThan(0.8)
    const capShirts = products.filter((p) => p.batik.form === "kemeja" && p.batik.technique === "cap")
    expect(capShirts.every((p) => Object.keys(p.sizes).length >= 3)).toBe(true)
  })

  it("features only products of participating makers, with unique booths, 16 or more at the 2026 exhibition", () => {
    const byHandle = new Map(products.map((p) => [p.handle, p]))
    for (const exhibition of DEMO_EXHIBITIONS) {
      const booths = exhibition.participants.map((p) => p.booth_code)
      expect(new Set(booths).size, exhibition.handle).toBe(booths.length)
      const makers = new Set(exhibition.participants.map((p) => p.maker))
      for (const item of exhibition.featured) {
        const product = byHandle.get(item.product)
        expect(product, item.product).toBeDefined()
        expect(makers.has(product!.maker_handle), item.product).toBe(true)
      }
      expect(new Date(exhibition.ends_at).getTime()).toBeGreaterThan(new Date(exhibition.starts_at).getTime())
    }
    expect(DEMO_EXHIBITIONS[0].featured.length).toBeGreaterThanOrEqual(16)
  })
})

describe("demo pictures", () => {
  it("draws the same SVG for the same seed and a different one for another seed", () => {
    const picture = { seed: 42, motifs: ["kawung" as const], palette: PALETTES.natural[0], form: "kemeja" as const }
    expect(batikSvg(picture)).toBe(batikSvg(picture))
    expect(batikSvg({ ...picture, seed: 43 })).not.toBe(batikSvg(picture))
  })

  it("renders product pictures as WebP under 80 kB", async () => {
    // The busiest drawings: two motifs, full-cloth forms, detailed tiles.
    const sample = products.filter((p) => p.picture.motifs.length > 1).slice(0, 4)
    for (const product of sample) {
      const { content } = await renderProductImage(product)
      expect(content.subarray(8, 12).toString("ascii")).toBe("WEBP")
      expect(content.length, product.handle).toBeLessThan(80 * 1024)
    }
  })
})
