import { expandSynonyms, type QueryTerm, tokenize } from "./synonyms"

/** Longest query a shopper may send; the store route rejects longer ones with a 400. */
export const MAX_QUERY_LENGTH = 200

/** More words than this add nothing to a product search and only cost time. */
const MAX_QUERY_WORDS = 12

/** Words shorter than this are too ambiguous to correct ("cap" would become "cip"). */
export const MIN_CORRECTABLE_LENGTH = 4

/**
 * Looks words up in the catalogue's vocabulary: for each word, whether the catalogue knows it (for a
 * prefix: some word starts with it) and, if not, the closest word it does know (or null).
 */
export type WordCorrector = (
  words: { word: string; prefix: boolean }[]
) => Promise<Map<string, { known: boolean; correction: string | null }>>

/**
 * What a shopper's text means to the index: its words corrected against the catalogue's vocabulary
 * (typo tolerance), then widened with the synonym list. A corrected word keeps its original spelling
 * as an alternative, because a word missing from the vocabulary may still match through stemming.
 */
export async function planQuery(
  q: string,
  options: { prefix: boolean; typoTolerance: boolean; correct: WordCorrector }
): Promise<QueryTerm[]> {
  const words = tokenize(q).slice(0, MAX_QUERY_WORDS)
  if (!words.length) {
    return []
  }
  // The word being typed is incomplete: it is matched as a prefix, and corrected only when no word
  // of the catalogue starts with it ("prang" while typing still finds Parang).
  const lastIndex = words.length - 1
  const correctable = options.typoTolerance
    ? [
        ...new Map(
          words
            .map((word, i) => ({ word, prefix: options.prefix && i === lastIndex }))
            .filter(({ word }) => word.length >= MIN_CORRECTABLE_LENGTH && !/^\d+$/.test(word))
            .map((entry) => [entry.word, entry])
        ).values(),
      ]
    : []
  const lookup = correctable.length ? await options.correct(correctable) : new Map()
  const fixes = new Map<string, string>()
  for (const [word, { known, correction }] of lookup) {
    if (!known && correction && correction !== word) {
      fixes.set(word, correction)
    }
  }
  const corrected = words.map((w) => fixes.get(w) ?? w)
  // A corrected last word is a whole word now, not a prefix.
  const terms = expandSynonyms(corrected, options.prefix && !fixes.has(words[lastIndex]))
  const originals = new Map([...fixes].map(([orig, fix]) => [fix, orig]))
  for (const term of terms) {
    if (term.alternatives.length === 1 && term.alternatives[0].length === 1) {
      const original = originals.get(term.alternatives[0][0])
      if (original) {
        term.alternatives.push([original])
      }
    }
  }
  return terms
}

/**
 * The SQL of a tsquery that matches a plan: alternatives of a term are ORed (`||`), terms are ANDed
 * (`&&`), or ORed for `any`. Every word travels as a bound parameter; the only text built here is the
 * operators, so nothing a shopper types can change the statement.
 */
export function tsquerySql(
  terms: QueryTerm[],
  tsConfig: string,
  matchAny: boolean,
  params: unknown[]
): string {
  if (!terms.length) {
    return `''::tsquery`
  }
  const parts = terms.map((term) => {
    const alternatives = term.alternatives.map((words) => {
      if (term.prefix) {
        // Words are [a-z0-9]+ (see tokenize), so `word:*` is always a valid tsquery lexeme.
        params.push(`${words[0]}:*`)
        return `to_tsquery('${tsConfig}', ?)`
      }
      params.push(words.join(" "))
      return words.length > 1 ? `phraseto_tsquery('${tsConfig}', ?)` : `plainto_tsquery('${tsConfig}', ?)`
    })
    return alternatives.length > 1 ? `(${alternatives.join(" || ")})` : alternatives[0]
  })
  return parts.length > 1 ? `(${parts.join(matchAny ? " || " : " && ")})` : parts[0]
}
