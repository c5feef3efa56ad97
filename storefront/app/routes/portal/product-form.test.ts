import { describe, expect, it } from "vitest"
import { parseRupiah } from "~/lib/portal-forms"
import { parseNewProduct, photoRefusal, pieceRefusal } from "./product-form"

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

describe("a piece refused by the backend", () => {
  const SENT = [
    { row: 1, title: "M" },
    { row: 3, title: "L" },
    { row: 4, title: "M" },
  ]

  it("names the repeated size and the missing one by their rows, and the Batikmark number by its sentence", () => {
    expect(pieceRefusal({ status: 400, message: "Invalid request: each size name must be different" }, SENT)).toEqual({
      errors: { size_title_4: "sizeTwice" },
      refused: null,
    })
    expect(
      pieceRefusal({ status: 400, message: "Invalid request: a piece keeps at least one size: add another before removing this one" }, [])
    ).toEqual({ errors: { size_title_1: "sizeNeeded" }, refused: null })
    expect(
      pieceRefusal(
        {
          status: 400,
          message: 'Batikmark certificate number "BM-24-1" does not have the format BM-<year>-<5 digits>, e.g. BM-2024-00731.',
        },
        SENT
      )
    ).toEqual({ errors: { batikmark_number: "batikmarkFormat" }, refused: null })
  })

  it("names a batik attribute and a size's stock by the body path, leaving what names no form field to the banner", () => {
    expect(
      pieceRefusal(
        {
          status: 400,
          message:
            "Invalid request: Expected: 'natural, synthetic' for field 'batik, dye_type', but got: 'x'; Value for field 'variants, 2, stock' too big, expected at most: '9999'; Expected: 'gold, silver, white' for field 'batik, batikmark_label', but got: 'x'",
        },
        SENT
      )
    ).toEqual({
      errors: { dye_type: "choice", size_stock_4: "stock" },
      refused: "Expected: 'gold, silver, white' for field 'batik, batikmark_label', but got: 'x'",
    })
  })

  it("puts a photo the backend cannot take beside the photo field, and a refusal of the upload itself in the banner", () => {
    expect(photoRefusal({ status: 400, message: "kain.jpg is named as a JPEG picture but its content is a PNG picture" })).toEqual({
      errors: { photo: "photoType" },
      refused: null,
    })
    expect(photoRefusal({ status: 413, message: "A picture is larger than 5 MB: make it smaller and upload it again" })).toEqual({
      errors: { photo: "photoSize" },
      refused: null,
    })
    expect(photoRefusal({ status: 400, message: "The upload could not be read: send the pictures as multipart/form-data" })).toEqual({
      errors: {},
      refused: "The upload could not be read: send the pictures as multipart/form-data",
    })
  })
})
