import { describe, expect, it } from "vitest"
import { parseCatalogueParams, serializeCatalogueState, withState } from "./facets"

const roundTrip = (qs: string) => serializeCatalogueState(parseCatalogueParams(new URLSearchParams(qs))).toString()

describe("catalogue URL", () => {
  it("keeps a shared selection intact through a round trip", () => {
    const qs = "q=parang&technique=cap&technique=tulis&dye=natural&min=500000&max=2000000&stock=1&sort=price-asc&page=3"
    expect(roundTrip(qs)).toBe(qs)
  })

  it("gives equal selections one URL whatever order the values came in", () => {
    expect(roundTrip("technique=tulis&technique=cap&technique=tulis")).toBe("technique=cap&technique=tulis")
  })

  it("leaves defaults out so the plain catalogue has a clean address", () => {
    expect(roundTrip("sort=newest&page=1&min=")).toBe("")
    expect(roundTrip("q=kawung&sort=relevance")).toBe("q=kawung")
  })

  it("drops malformed values instead of failing the page", () => {
    const state = parseCatalogueParams(new URLSearchParams("min=abc&page=-2&sort=cheapest&max=1.250.000"))
    expect(state).toMatchObject({ min: null, page: 1, sort: "newest", max: 1250000 })
  })

  it("swaps a reversed price range", () => {
    expect(parseCatalogueParams(new URLSearchParams("min=900000&max=100000"))).toMatchObject({ min: 100000, max: 900000 })
  })

  it("links to the next page without losing the filters", () => {
    const state = parseCatalogueParams(new URLSearchParams("technique=tulis&page=2"))
    expect(withState(state, { page: 3 })).toBe("?technique=tulis&page=3")
    expect(withState(state, { page: 1 })).toBe("?technique=tulis")
  })
})
