import { describe, expect, it } from "vitest"
import { formatRupiah } from "./money"

describe("formatRupiah", () => {
  it("groups thousands with dots and shows no decimals", () => {
    expect(formatRupiah(1250000)).toBe("Rp 1.250.000")
    expect(formatRupiah(75000)).toBe("Rp 75.000")
    expect(formatRupiah(999)).toBe("Rp 999")
    expect(formatRupiah(0)).toBe("Rp 0")
  })

  it("rounds half rupiah and keeps the sign of refunds", () => {
    expect(formatRupiah(1499.5)).toBe("Rp 1.500")
    expect(formatRupiah(-25000)).toBe("-Rp 25.000")
  })

  it("refuses what is not a number", () => {
    expect(() => formatRupiah(Number.NaN)).toThrow(/Not an amount/)
  })
})
