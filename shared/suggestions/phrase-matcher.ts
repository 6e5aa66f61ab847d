/**
 * Finds known phrases (gazetteer names, strings tagged elsewhere) in a text in
 * one pass over its words: phrases are indexed by their first word, so the
 * cost follows the text's length, not the number of phrases.
 *
 * Words are runs of letters and digits, so a name is found before a possessive
 * ("Syria's", "Idlib’s"), inside a hyphenated word ("ISIL-held",
 * "Aleppo-based") and glued to the next sentence ("Syria.The"). What separates
 * a phrase's own words must separate them in the text too: any whitespace for a
 * space, the same mark otherwise ("al-Shughur", "U.S."), apostrophes of any
 * typography alike. A name hyphened to a capitalised word is part of a longer
 * name ("Palmyra-Deir Ezzor highway") and is not found there.
 */
import { utf16, type Utf16Offset } from '../text/offsets.ts'

const WORD = /[\p{L}\p{N}\p{M}]+/gu

interface Word {
  text: string
  start: number
  end: number
}

export interface PhraseMatch<T> {
  /** UTF-16 offsets in the text. */
  start: Utf16Offset
  end: Utf16Offset
  payload: T
}

interface Entry<T> {
  words: string[]
  /** What separates word k from word k+1, folded. */
  gaps: string[]
  /** Marks the phrase ends with ("U.S."), which the text must have too. */
  tail: string
  payload: T
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** Whitespace runs to one space, typographic apostrophes and dashes to ASCII. */
function foldGap(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-')
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>()

  /** Adds a phrase; matching is exact on words and on the marks between them. */
  add(phrase: string, payload: T): void {
    const trimmed = phrase.trim()
    const found = wordsOf(trimmed)
    const first = found[0]
    const last = found[found.length - 1]
    // A phrase that starts with a mark ("-Bab") cannot be found word by word.
    if (!first || !last || first.start !== 0) return
    const gaps = found.slice(1).map((w, k) => foldGap(trimmed.slice(found[k]?.end ?? 0, w.start)))
    const tail = foldGap(trimmed.slice(last.end))
    const entry = { words: found.map((w) => w.text), gaps, tail, payload }
    const list = this.byFirst.get(first.text)
    if (list) {
      list.push(entry)
      list.sort((a, b) => b.words.length - a.words.length || b.tail.length - a.tail.length)
    } else this.byFirst.set(first.text, [entry])
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
      const hit = candidates.find((c) => this.fits(text, words, i, c))
      if (!hit) continue
      const last = words[i + hit.words.length - 1]
      found.push({
        start: utf16(words[i]?.start ?? 0),
        end: utf16((last?.end ?? 0) + hit.tail.length),
        payload: hit.payload,
      })
      i += hit.words.length - 1
    }
    return found
  }

  private fits(text: string, words: readonly Word[], at: number, entry: Entry<T>): boolean {
    const { words: phrase, gaps, tail } = entry
    for (let k = 0; k < phrase.length; k++) {
      const word = words[at + k]
      if (!word || word.text !== phrase[k]) return false
      if (k === 0) continue
      const gap = foldGap(text.slice(words[at + k - 1]?.end ?? 0, word.start))
      if (gap !== gaps[k - 1]) return false
    }
    const start = words[at]?.start ?? 0
    const end = words[at + phrase.length - 1]?.end ?? 0
    // "Palmyra-Deir Ezzor highway" is one name: a capitalised word hyphened on is part of it
    // ("Aleppo-based" and "ISIL-held" are not).
    if (/\p{Lu}[\p{L}\p{M}]*-$/u.test(text.slice(Math.max(0, start - 24), start))) return false
    if (tail === '' && /^-\p{Lu}/u.test(text.slice(end, end + 2))) return false
    return tail === '' || foldGap(text.slice(end, end + tail.length)) === tail
  }
}
