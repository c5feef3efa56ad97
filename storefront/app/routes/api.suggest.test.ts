import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend } from "~/test/fake-backend"
import { loader } from "./api.suggest"

afterEach(() => vi.unstubAllGlobals())

const suggest = async (query: string) => {
  const res = (await loader({ request: new Request(`http://gelar.test/api/suggest?${query}`) } as never)) as unknown as {
    data: { suggestions: { title: string; handle: string }[] }
  }
  return res.data.suggestions
}

describe("suggestions while typing", () => {
  it("offers English titles to English pages and Indonesian ones otherwise", async () => {
    const calls = fakeBackend({
      "POST /store/search": () => ({
        results: [
          {
            hits: [
              { id: "p1", document: { title: "Kain Batik Tulis Parang", title_en: "Hand-drawn Parang Batik Cloth", handle: "kain-parang" } },
              { id: "p2", document: { title: "Selendang Parang Sutra", title_en: null, handle: "selendang-parang" } },
            ],
            metadata: { count: 2 },
          },
        ],
      }),
    })
    expect(await suggest("lang=en&q=para")).toEqual([
      { title: "Hand-drawn Parang Batik Cloth", handle: "kain-parang" },
      { title: "Selendang Parang Sutra", handle: "selendang-parang" },
    ])
    expect(await suggest("lang=id&q=para")).toEqual([
      { title: "Kain Batik Tulis Parang", handle: "kain-parang" },
      { title: "Selendang Parang Sutra", handle: "selendang-parang" },
    ])
    const body = calls.find((c) => c.url.pathname === "/store/search")!.body as { fields: string[] }
    expect(body.fields).toContain("title_en")
  })
})
