import { describe, expect, it } from "vitest"
import { batikmarkProblems } from "./batik"

describe("batikmarkProblems", () => {
  it("accepts each genuine technique with its own label colour", () => {
    expect(batikmarkProblems({ technique: "tulis", batikmark_number: "BM-2024-00731", batikmark_label: "gold" })).toEqual([])
    expect(batikmarkProblems({ technique: "kombinasi", batikmark_number: "BM-2023-10001", batikmark_label: "silver" })).toEqual([])
    expect(batikmarkProblems({ technique: "cap", batikmark_number: "BM-2019-00002", batikmark_label: "white" })).toEqual([])
  })

  it("accepts batik without a Batikmark, and printing without one", () => {
    expect(batikmarkProblems({ technique: "tulis" })).toEqual([])
    expect(batikmarkProblems({ technique: "printing", batikmark_number: null, batikmark_label: null })).toEqual([])
  })

  it("refuses a label colour that belongs to another technique", () => {
    const [problem] = batikmarkProblems({ technique: "cap", batikmark_number: "BM-2024-00731", batikmark_label: "gold" })
    expect(problem).toMatch(/gold Batikmark label does not match batik cap: its label is white/)
  })

  it("refuses any Batikmark on a printed textile", () => {
    expect(batikmarkProblems({ technique: "printing", batikmark_label: "white" })[0]).toMatch(/cannot carry a Batikmark/)
    expect(batikmarkProblems({ technique: "printing", batikmark_number: "BM-2024-00731" })).toHaveLength(1)
  })

  it("wants the number and the label together", () => {
    expect(batikmarkProblems({ technique: "tulis", batikmark_label: "gold" })[0]).toMatch(/needs its certificate number/)
    expect(batikmarkProblems({ technique: "tulis", batikmark_number: "BM-2024-00731" })[0]).toMatch(/needs its label colour \(gold/)
  })

  it("refuses a certificate number in another format", () => {
    for (const bad of ["BM-24-00731", "bm-2024-00731", "BM-2024-731", "2024/00731", " BM-2024-00731"]) {
      expect(batikmarkProblems({ technique: "tulis", batikmark_number: bad, batikmark_label: "gold" })[0]).toMatch(/format BM-<year>-<5 digits>/)
    }
  })
})
