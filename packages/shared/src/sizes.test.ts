import { describe, expect, it } from "vitest"
import { inMakerOrder } from "./sizes.js"

describe("inMakerOrder", () => {
  it("lists sizes by the maker's rank, unranked as 0, equal ranks as they came", () => {
    const sizes = [
      { title: "L", variant_rank: 2 },
      { title: "old", variant_rank: null },
      { title: "XL", variant_rank: 2 },
      { title: "M", variant_rank: 1 },
      { title: "S", variant_rank: 0 },
    ]
    expect(inMakerOrder(sizes).map((s) => s.title)).toEqual(["old", "S", "M", "L", "XL"])
    expect(sizes[0].title).toBe("L")
  })
})
