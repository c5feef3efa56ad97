import { describe, expect, it } from "vitest"
import { parseRupiah } from "~/lib/portal-forms"
import { parseNewProduct } from "./product-form"

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.append(k, v)
  return f
}

const TULIS = {
  title: "Kain Tulis Asem Arang",
  technique: "tulis",
  dye_type: "natural",
  fabric: "katun primisima",
  form: "kain-panjang",
}

describe("new product form", () => {
  it("reads rupiah the way makers write them", () => {
    expect(parseRupiah("1250000")).toBe(1_250_000)
    expect(parseRupiah("1.250.000")).toBe(1_250_000)
    expect(parseRupiah("Rp 1.250.000")).toBe(1_250_000)
    expect(parseRupiah("1,5 juta")).toBeNull()
    expect(parseRupiah("12.50")).toBeNull()
  })

  it("gives a Batikmark number the label its technique carries and keeps only the filled sizes", () => {
    const parsed = parseNewProduct(
      form({
        ...TULIS,
        batikmark_number: "BM-2024-00731",
        motifs: "Asem Arang, Semarangan",
        size_title_1: "All size",
        size_price_1: "1.250.000",
        size_stock_1: "",
        size_title_2: "",
        size_price_2: "",
      })
    )
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    expect(parsed.body.batik).toMatchObject({ technique: "tulis", batikmark_number: "BM-2024-00731", batikmark_label: "gold" })
    expect(parsed.body.batik?.motifs).toEqual(["Asem Arang", "Semarangan"])
    expect(parsed.body.variants).toEqual([{ title: "All size", price: 1_250_000 }])
  })

  it("names each broken rule by its field: no size, a size twice, a malformed certificate, negative stock", () => {
    const none = parseNewProduct(form({ ...TULIS }))
    expect(none.ok || none.errors).toEqual({ size_title_1: "sizeNeeded" })
    const twice = parseNewProduct(
      form({
        ...TULIS,
        batikmark_number: "BM-24-731",
        size_title_1: "M",
        size_price_1: "350000",
        size_title_2: "m",
        size_price_2: "350000",
        size_stock_2: "-1",
      })
    )
    expect(twice.ok || twice.errors).toEqual({ batikmark_number: "batikmarkFormat", size_title_2: "sizeTwice", size_stock_2: "stock" })
  })
})
