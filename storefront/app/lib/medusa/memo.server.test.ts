import { afterEach, describe, expect, it, vi } from "vitest"
import { clearMemo, memo } from "./memo.server"

afterEach(() => {
  vi.useRealTimers()
  clearMemo()
})

describe("memo", () => {
  it("asks the backend once for a burst of identical reads", async () => {
    const read = vi.fn(async (handle: string) => ({ handle }))
    const cached = memo("product", 10_000, read)
    const results = await Promise.all([cached("kawung"), cached("kawung"), cached("parang")])
    expect(results.map((r) => r.handle)).toEqual(["kawung", "kawung", "parang"])
    expect(read).toHaveBeenCalledTimes(2)
  })

  it("answers stale once expired while one refresh runs, then the fresh value", async () => {
    vi.useFakeTimers()
    let price = 100
    const cached = memo("price", 1000, async () => price)
    expect(await cached()).toBe(100)
    price = 200
    vi.advanceTimersByTime(1500)
    expect(await cached()).toBe(100)
    await vi.waitFor(async () => expect(await cached()).toBe(200))
  })

  it("waits for the fresh value once the kept one is older than twice its lifetime", async () => {
    vi.useFakeTimers()
    let featured = ["parang"]
    const cached = memo("picks", 1000, async () => featured)
    expect(await cached()).toEqual(["parang"])
    featured = ["kawung", "parang"]
    vi.advanceTimersByTime(2500)
    expect(await cached()).toEqual(["kawung", "parang"])
  })

  it("does not keep errors: the next visitor tries again", async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce("up")
    const cached = memo("flaky", 10_000, read)
    await expect(cached()).rejects.toThrow("down")
    expect(await cached()).toBe("up")
  })
})
