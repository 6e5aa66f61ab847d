/**
 * Finds known phrases (gazetteer names, strings tagged elsewhere) in a text in
 * one pass over its words: phrases are indexed by their first word, so the
 * cost follows the text's length, not the number of phrases.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]/gu

interface Word {
  text: string
  start: number
  end: number
}

export interface PhraseMatch<T> {
  /** UTF-16 offsets in the text. */
  start: number
  end: number
  payload: T
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; payload: T }[]>()

  /** Adds a phrase; matching is exact on words, with any whitespace between them. */
  add(phrase: string, payload: T): void {
    const words = wordsOf(phrase).map((w) => w.text)
    const first = words[0]
    if (!first || words.join(' ') !== phrase.trim().replace(/\s+/g, ' ')) return
    const list = this.byFirst.get(first)
    if (list) list.push({ words, payload })
    else this.byFirst.set(first, [{ words, payload }])
    list?.sort((a, b) => b.words.length - a.words.length)
  }

  get size(): number {
    let n = 0
    for (const list of this.byFirst.values()) n += list.length
    return n
  }

  /** Longest matches, left to right, not overlapping one another. */
  match(text: string): PhraseMatch<T>[] {
    const words = wordsOf(text)
    const found: PhraseMatch<T>[] = []
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]?.text ?? '')
      if (!candidates) continue
      const hit = candidates.find((c) => this.fits(text, words, i, c.words))
      if (!hit) continue
      const last = words[i + hit.words.length - 1]
      found.push({ start: words[i]?.start ?? 0, end: last?.end ?? 0, payload: hit.payload })
      i += hit.words.length - 1
    }
    return found
  }

  private fits(
    text: string,
    words: readonly Word[],
    at: number,
    phrase: readonly string[],
  ): boolean {
    for (let k = 0; k < phrase.length; k++) {
      const word = words[at + k]
      if (!word || word.text !== phrase[k]) return false
      if (k > 0 && !/^\s+$/.test(text.slice(words[at + k - 1]?.end ?? 0, word.start))) return false
    }
    return true
  }
}
