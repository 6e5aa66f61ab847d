/**
 * An index of texts by their shingles and short-line keys: which texts hold a
 * given run of words. Built from the corpus and the files being imported, it
 * answers "where else does this paragraph occur?" without comparing every pair.
 */
import { furniture, type Furniture } from './furniture.ts'
import { splitLines, type Line } from './lines.ts'
import { lineKey, shingles, words } from './shingles.ts'

/** One non-blank line of a text with what the index and the analysis need. */
export interface LineProfile {
  line: Line
  /** Index among all lines (blank ones included), as `splitLines` numbers them. */
  index: number
  words: number
  shingles: number[]
  key: number
  furniture: Furniture | null
}

export function profileLines(text: string): LineProfile[] {
  const lines = splitLines(text)
  const content = lines.flatMap((line, index) => (line.blank ? [] : [{ line, index }]))
  return content.map(({ line, index }, k) => {
    const tokens = words(line.text)
    return {
      line,
      index,
      words: tokens.length,
      shingles: shingles(tokens),
      key: lineKey(tokens),
      furniture: furniture(line.text, k, content.length),
    }
  })
}

export interface IndexedText {
  key: string
  title: string
  /** Number of shingles (and short-line keys) the text holds. */
  size: number
}

/** What an overlap analysis reads: one index, or several seen as one. */
export interface OverlapSource {
  /** Calls `visit` with every text holding `hash` (a shingle or a line key). */
  eachHolder(hash: number, visit: (key: string) => void): void
  /** How many texts hold `hash`. */
  holderCount(hash: number): number
  get(key: string): IndexedText | undefined
}

/** Several indexes (the corpus and a batch) as one; their keys must differ. */
export function combineIndexes(...indexes: readonly OverlapSource[]): OverlapSource {
  return {
    eachHolder: (hash, visit) => {
      for (const index of indexes) index.eachHolder(hash, visit)
    },
    holderCount: (hash) => indexes.reduce((n, index) => n + index.holderCount(hash), 0),
    get: (key) => {
      for (const index of indexes) {
        const found = index.get(key)
        if (found) return found
      }
      return undefined
    },
  }
}

export class TextIndex implements OverlapSource {
  private readonly texts = new Map<string, IndexedText>()
  private readonly postings = new Map<number, string | string[]>()

  get size(): number {
    return this.texts.size
  }

  has(key: string): boolean {
    return this.texts.has(key)
  }

  get(key: string): IndexedText | undefined {
    return this.texts.get(key)
  }

  add(key: string, title: string, lines: readonly LineProfile[]): void {
    if (this.texts.has(key)) return
    const size = lines.reduce((n, l) => n + Math.max(l.shingles.length, l.words > 0 ? 1 : 0), 0)
    this.texts.set(key, { key, title, size })
    for (const l of lines) {
      for (const s of l.shingles) this.post(s, key)
      if (l.words > 0) this.post(l.key, key)
    }
  }

  eachHolder(hash: number, visit: (key: string) => void): void {
    const holders = this.postings.get(hash)
    if (holders === undefined) return
    if (typeof holders === 'string') visit(holders)
    else for (const key of holders) visit(key)
  }

  holderCount(hash: number): number {
    const holders = this.postings.get(hash)
    return holders === undefined ? 0 : typeof holders === 'string' ? 1 : holders.length
  }

  private post(hash: number, key: string): void {
    // Most shingles occur in one text only: a lone key is stored without an array.
    const holders = this.postings.get(hash)
    if (holders === undefined) this.postings.set(hash, key)
    else if (typeof holders === 'string') {
      if (holders !== key) this.postings.set(hash, [holders, key])
    } else if (holders.at(-1) !== key) holders.push(key)
  }
}
