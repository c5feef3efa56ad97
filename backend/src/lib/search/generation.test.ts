import { describe, expect, it } from "vitest"
import { readSearchGenerationShared } from "./generation"

/** A database whose sequence value the test moves, counting the reads it answers. */
function fakeSequence() {
  let value = 1
  let reads = 0
  let release: (() => void) | undefined
  const db = {
    raw: async () => {
      reads++
      const seen = value
      await new Promise<void>((resolve) => (release = resolve))
      return { rows: [{ generation: `${seen}:true` }] }
    },
  }
  return {
    db,
    reads: () => reads,
    write: () => value++,
    finish: () => release?.(),
  }
}

describe("readSearchGenerationShared", () => {
  it("lets searches that arrive during a read share it, and reads again after", async () => {
    const seq = fakeSequence()
    const first = readSearchGenerationShared(seq.db)
    const second = readSearchGenerationShared(seq.db)
    await Promise.resolve()
    seq.finish()
    expect(await Promise.all([first, second])).toEqual(["1:true", "1:true"])
    expect(seq.reads()).toBe(1)

    seq.write()
    const third = readSearchGenerationShared(seq.db)
    await Promise.resolve()
    seq.finish()
    expect(await third).toBe("2:true")
    expect(seq.reads()).toBe(2)
  })
})
