/**
 * Full-text search terms: words folded for matching (case, accents and
 * compatibility forms ignored), so "Genoa" finds "genoa" and "Réunion"
 * finds "reunion". The backend indexes documents by these terms; a query
 * matches a document holding all its terms, the last one as a prefix (so
 * results follow typing).
 */

const TERM = /[\p{L}\p{N}]+/gu
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu
const MARKS = /\p{M}+/gu

/** Text as it is compared: compatibility-decomposed, without marks, lower case. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase()
}

/** The distinct terms of a text. */
export function termsOf(text: string): Set<string> {
  return new Set(fold(text).match(TERM) ?? [])
}

/** A query's terms in order, repeats kept (they matter for phrases). */
export function queryTerms(query: string): string[] {
  return fold(query).match(TERM) ?? []
}

/**
 * Where the query first matches in `text`, as UTF-16 [start, end): its terms
 * as consecutive words (a phrase), else the first word holding a query term.
 * The last term matches as a prefix.
 */
export function findMatch(text: string, terms: readonly string[]): [number, number] | null {
  if (terms.length === 0) return null
  const words: { term: string; start: number; end: number }[] = []
  for (const m of text.matchAll(WORD)) {
    for (const term of fold(m[0]).match(TERM) ?? [])
      words.push({ term, start: m.index, end: m.index + m[0].length })
  }
  const matches = (word: string, i: number) =>
    i === terms.length - 1 ? word.startsWith(terms[i] ?? '') : word === terms[i]
  for (let w = 0; w + terms.length <= words.length; w++) {
    if (terms.every((_, i) => matches(words[w + i]?.term ?? '', i))) {
      return [words[w]?.start ?? 0, words[w + terms.length - 1]?.end ?? 0]
    }
  }
  const any = words.find((w) => terms.some((t, i) => matches(w.term, i)))
  return any ? [any.start, any.end] : null
}

/**
 * A short excerpt of `text` around UTF-16 [start, end), cut at spaces, and the
 * UTF-16 offset it starts at. Line breaks become spaces (same length).
 */
export function snippetAround(
  text: string,
  start: number,
  end: number,
  context = 60,
): { snippet: string; from: number } {
  let from = Math.max(0, start - context)
  let to = Math.min(text.length, end + context)
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < start) from = space + 1
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > end) to = space
  }
  // Never cut a surrogate pair in half.
  if (/[\udc00-\udfff]/.test(text[from] ?? '')) from--
  if (/[\ud800-\udbff]/.test(text[to - 1] ?? '')) to++
  return { snippet: text.slice(from, to).replace(/\n/g, ' '), from }
}
