import { describe, expect, it } from "vitest"
import { exhibitionStatus } from "./exhibition"

// 3 December 2026 09:00 to 7 December 2026 21:00 in Asia/Jakarta (UTC+7).
const pameran = { starts_at: "2026-12-03T09:00:00+07:00", ends_at: "2026-12-07T21:00:00+07:00" }

describe("exhibitionStatus", () => {
  it("is scheduled until the opening instant, live from it", () => {
    expect(exhibitionStatus(pameran, new Date("2026-12-03T01:59:59.999Z"))).toBe("scheduled")
    expect(exhibitionStatus(pameran, new Date("2026-12-03T02:00:00.000Z"))).toBe("live")
  })

  it("is live until the closing instant, closed from it", () => {
    expect(exhibitionStatus(pameran, new Date("2026-12-07T13:59:59.999Z"))).toBe("live")
    expect(exhibitionStatus(pameran, new Date("2026-12-07T14:00:00.000Z"))).toBe("closed")
  })

  it("accepts Date objects as stored by the database", () => {
    const stored = { starts_at: new Date(pameran.starts_at), ends_at: new Date(pameran.ends_at) }
    expect(exhibitionStatus(stored, new Date("2026-12-05T12:00:00+07:00"))).toBe("live")
  })
})
