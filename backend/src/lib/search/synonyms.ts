/**
 * The one synonym list of the shop (Indonesian and English, DOMAIN.md). Each group holds phrases a
 * shopper may type for the same thing. The Postgres provider expands a query with it before matching
 * (Postgres has no synonyms); the Meilisearch provider hands the same groups to Meilisearch's
 * `synonyms` setting. Phrases are lower case; a hyphen counts as a space.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["kain", "cloth", "fabric"],
  ["tulis", "hand-drawn", "handdrawn", "hand drawn"],
  ["cap", "stamped", "stamp", "copper stamp"],
  ["kombinasi", "combination", "combined"],
  ["printing", "printed", "print"],
  ["sutra", "sutera", "silk"],
  ["katun", "cotton", "primisima", "prima"],
  ["pewarna alam", "natural dye", "natural dyes", "natural colour", "natural color", "warna alam"],
  ["pewarna sintetis", "synthetic dye", "synthetic dyes", "naphthol", "remazol", "indigosol"],
  ["indigo", "nila", "tom"],
  ["mahoni", "mahogany"],
  ["secang", "sappan", "sappan wood"],
  ["kemeja", "shirt"],
  ["selendang", "shawl", "stole"],
  ["syal", "scarf"],
  ["masker", "mask"],
  ["gaun", "dress"],
  ["kain panjang", "long cloth", "jarik", "jarit"],
  ["sarung", "sarong"],
  ["rayon", "viscose"],
]

/** Lower case, accents folded, anything but letters and digits as a word break. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

/** The words of a text, normalised (see `normalizeText`). */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized ? normalized.split(" ") : []
}

/** Every phrase of the list as its words, with the group it belongs to. */
const PHRASES: { words: string[]; group: number }[] = SYNONYM_GROUPS.flatMap((group, index) =>
  group.map((phrase) => ({ words: tokenize(phrase), group: index }))
)
  // Longest first, so "kain panjang" wins over "kain".
  .sort((a, b) => b.words.length - a.words.length)

/** Each distinct word that appears in the synonym list: the typo corrector must know them too. */
export const SYNONYM_WORDS: readonly string[] = [...new Set(PHRASES.flatMap((p) => p.words))]

/**
 * One part of a shopper's query: alternatives of which at least one must match. Each alternative is a
 * phrase (its words must appear next to each other).
 */
export type QueryTerm = { alternatives: string[][]; prefix: boolean }

/**
 * Turns a shopper's words into terms: a run of words that is a phrase of the synonym list becomes one
 * term whose alternatives are every phrase of its group; any other word is a term of its own. `prefix`
 * marks the last term when it stands for a word still being typed.
 */
export function expandSynonyms(words: string[], lastIsPrefix = false): QueryTerm[] {
  const terms: QueryTerm[] = []
  let i = 0
  while (i < words.length) {
    const match = PHRASES.find(
      (p) => p.words.length <= words.length - i && p.words.every((w, k) => words[i + k] === w)
    )
    if (match) {
      // "hand-drawn" and "hand drawn" are the same words once tokenized: keep one.
      const alternatives = [
        ...new Map(SYNONYM_GROUPS[match.group].map((p) => [tokenize(p).join(" "), tokenize(p)])).values(),
      ]
      terms.push({ alternatives, prefix: false })
      i += match.words.length
      continue
    }
    terms.push({ alternatives: [[words[i]]], prefix: false })
    i += 1
  }
  const last = terms[terms.length - 1]
  if (lastIsPrefix && last && last.alternatives.length === 1 && last.alternatives[0].length === 1) {
    last.prefix = true
  }
  return terms
}

/**
 * The same list in the shape of Meilisearch's `synonyms` setting: every phrase maps to the other
 * phrases of its group (Meilisearch wants both directions spelled out).
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of SYNONYM_GROUPS) {
    const phrases = group.map((p) => tokenize(p).join(" "))
    for (const phrase of phrases) {
      out[phrase] = phrases.filter((other) => other !== phrase)
    }
  }
  return out
}
