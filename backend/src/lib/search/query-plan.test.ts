import { planQuery, tsquerySql, type WordCorrector } from "./query-plan"
import { expandSynonyms, meilisearchSynonyms, tokenize } from "./synonyms"

/** A catalogue vocabulary in memory; the Postgres provider answers the same question with pg_trgm. */
function vocabulary(words: string[], corrections: Record<string, string> = {}): WordCorrector {
  return async (entries) =>
    new Map(
      entries.map(({ word, prefix }) => [
        word,
        {
          known: prefix ? words.some((w) => w.startsWith(word)) : words.includes(word),
          correction: corrections[word] ?? null,
        },
      ])
    )
}

describe("the shop's synonym list", () => {
  it("reads a shopper's text as lower-case words without accents or punctuation", () => {
    expect(tokenize("Batik Tulis, Hand-drawn — Sutèra!")).toEqual(["batik", "tulis", "hand", "drawn", "sutera"])
  })

  it("turns a phrase of the list into one term with every phrase of its group", () => {
    expect(expandSynonyms(["kain", "hand", "drawn"])).toEqual([
      { alternatives: [["kain"], ["cloth"], ["fabric"]], prefix: false },
      { alternatives: [["tulis"], ["hand", "drawn"], ["handdrawn"]], prefix: false },
    ])
  })

  it("prefers the longest phrase: 'kain panjang' is a long cloth, not cloth plus 'panjang'", () => {
    expect(expandSynonyms(["kain", "panjang"])[0].alternatives).toContainEqual(["long", "cloth"])
  })

  it("gives Meilisearch every phrase's synonyms in both directions", () => {
    const synonyms = meilisearchSynonyms()
    expect(synonyms.silk).toEqual(["sutra", "sutera"])
    expect(synonyms.sutra).toEqual(["sutera", "silk"])
    expect(synonyms["pewarna alam"]).toContain("natural dye")
  })
})

describe("planning a shopper's query", () => {
  const catalogue = vocabulary(["parang", "rusak", "kain", "tulis", "sutra", "indigo"], {
    prang: "parang",
    indgo: "indigo",
  })

  it("corrects an unknown word and keeps its spelling as an alternative", async () => {
    expect(await planQuery("prang rusak", { prefix: false, typoTolerance: true, correct: catalogue })).toEqual([
      { alternatives: [["parang"], ["prang"]], prefix: false },
      { alternatives: [["rusak"]], prefix: false },
    ])
  })

  it("leaves short words and numbers alone", async () => {
    const plan = await planQuery("cap 2026", { prefix: false, typoTolerance: true, correct: catalogue })
    expect(plan.map((t) => t.alternatives)).toEqual([[["cap"], ["stamped"], ["stamp"], ["copper", "stamp"]], [["2026"]]])
  })

  it("matches the word being typed as a prefix, and corrects it only when no word starts with it", async () => {
    const typing = await planQuery("kain par", { prefix: true, typoTolerance: true, correct: catalogue })
    expect(typing[typing.length - 1]).toEqual({ alternatives: [["par"]], prefix: true })
    const typo = await planQuery("sutra indgo", { prefix: true, typoTolerance: true, correct: catalogue })
    // A correction that is a phrase of the synonym list brings its group instead of the misspelling.
    expect(typo[typo.length - 1]).toEqual({ alternatives: [["indigo"], ["nila"], ["tom"]], prefix: false })
  })

  it("does not correct when the index turns typo tolerance off", async () => {
    const plan = await planQuery("prang", { prefix: false, typoTolerance: false, correct: catalogue })
    expect(plan).toEqual([{ alternatives: [["prang"]], prefix: false }])
  })

  it("finds no words in punctuation only", async () => {
    expect(await planQuery(`"'();--`, { prefix: false, typoTolerance: true, correct: catalogue })).toEqual([])
  })
})

describe("the tsquery of a plan", () => {
  it("binds every word as a parameter, ORs alternatives and ANDs terms", () => {
    const params: unknown[] = []
    const sql = tsquerySql(
      [
        { alternatives: [["sutra"], ["silk"]], prefix: false },
        { alternatives: [["natural", "dye"]], prefix: false },
        { alternatives: [["par"]], prefix: true },
      ],
      "medusa_search_english",
      false,
      params
    )
    expect(sql).toBe(
      "((plainto_tsquery('medusa_search_english', ?) || plainto_tsquery('medusa_search_english', ?)) && " +
        "phraseto_tsquery('medusa_search_english', ?) && to_tsquery('medusa_search_english', ?))"
    )
    expect(params).toEqual(["sutra", "silk", "natural dye", "par:*"])
  })

  it("matches nothing for an empty plan", () => {
    expect(tsquerySql([], "medusa_search_english", false, [])).toBe("''::tsquery")
  })
})
