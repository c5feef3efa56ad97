import { batikmarkProblems } from "@gelar/shared"
import { describe, expect, it } from "vitest"
import { makerOfProduct, scaleMaker, scaleProduct } from "./catalogue"
import { parseScaleArgs } from "./generate"
import { addProductRows, emptyTableRows, entityId } from "./rows"

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe("scale catalogue", () => {
  it("makes the same makers and products on every run", () => {
    expect(scaleMaker(17)).toEqual(scaleMaker(17))
    const maker = scaleMaker(3)
    expect(scaleProduct(1234, maker, 3)).toEqual(scaleProduct(1234, maker, 3))
  })

  it("makes valid, unique handles and products that obey the Batikmark rules", () => {
    const makers = Array.from({ length: 300 }, (_, i) => scaleMaker(i))
    expect(new Set(makers.map((m) => m.handle)).size).toBe(300)
    expect(makers.every((m) => HANDLE.test(m.handle))).toBe(true)
    const handles = new Set<string>()
    for (let i = 0; i < 3000; i++) {
      const m = makerOfProduct(i, makers.length)
      const p = scaleProduct(i, makers[m], m)
      expect(HANDLE.test(p.handle), p.handle).toBe(true)
      expect(batikmarkProblems(p.batik), p.handle).toEqual([])
      expect(p.price).toBeGreaterThan(0)
      handles.add(p.handle)
    }
    expect(handles.size).toBe(3000)
  })

  it("gives every maker at least one product and keeps the city's kecil/menengah ratio", () => {
    const makers = 200
    const owners = new Set(Array.from({ length: 2000 }, (_, i) => makerOfProduct(i, makers)))
    expect(owners.size).toBe(makers)
    const kecil = Array.from({ length: 2000 }, (_, i) => scaleMaker(i)).filter((m) => m.size_class === "kecil").length
    expect(kecil / 2000).toBeGreaterThan(0.72)
    expect(kecil / 2000).toBeLessThan(0.84)
  })

  it("writes one variant, price set, inventory item and stock level per size, and every link", () => {
    const rows = emptyTableRows()
    const maker = scaleMaker(0)
    const product = { ...scaleProduct(0, maker, 0), sizes: { M: 2, L: 3 } }
    const ctx = { salesChannelId: "sc_1", shippingProfileId: "sp_1", stockLocationId: "sloc_1" }
    addProductRows(rows, product, "mkr_1", "http://localhost:9000/static/x.webp", ctx, new Date())
    const counts = Object.fromEntries([...rows].map(([table, list]) => [table, list.length]))
    expect(counts).toMatchObject({
      product: 1,
      product_variant: 2,
      price_set: 2,
      price: 2,
      inventory_item: 2,
      inventory_level: 2,
      product_variant_price_set: 2,
      product_variant_inventory_item: 2,
      product_sales_channel: 1,
      product_shipping_profile: 1,
      maker_maker_product_product: 1,
      product_product_batik_batik_attributes: 1,
      batik_attributes: 1,
    })
    expect(rows.get("inventory_level")!.map((l) => l.stocked_quantity)).toEqual([2, 3])
    expect(rows.get("price")![0]).toMatchObject({ currency_code: "idr", amount: product.price })
  })
})

describe("entity ids", () => {
  it("look like Medusa's (prefix and a 26-character ULID) and do not repeat", () => {
    const ids = Array.from({ length: 20000 }, () => entityId("prod"))
    expect(ids.every((id) => /^prod_[0-9A-HJKMNP-TV-Z]{26}$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe("scale generator arguments", () => {
  it("defaults to the city's full scale", () => {
    expect(parseScaleArgs([], {})).toEqual({ makers: 3600, products: 70000 })
  })

  it("takes sizes from arguments before the environment", () => {
    expect(parseScaleArgs(["360", "7000"], { SCALE_MAKERS: "1" })).toEqual({ makers: 360, products: 7000 })
    expect(parseScaleArgs([], { SCALE_MAKERS: "36", SCALE_PRODUCTS: "700" })).toEqual({ makers: 36, products: 700 })
  })

  it("explains what is wrong with bad sizes", () => {
    expect(() => parseScaleArgs(["many"], {})).toThrow(/makers must be a whole number/)
    expect(() => parseScaleArgs(["100", "10"], {})).toThrow(/products must be at least makers/)
    expect(() => parseScaleArgs(["0"], {})).toThrow(/makers must be at least 1/)
  })
})
