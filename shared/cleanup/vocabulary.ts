/** The words hyphenation decisions draw on: the corpus's own, counted, plus a word list. */

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

export class Vocabulary {
  private readonly counts = new Map<string, number>()

  /** A vocabulary on top of `base` counts the words of both (a batch over its corpus). */
  constructor(
    private readonly wordList: ReadonlySet<string> = new Set(),
    private readonly base?: Vocabulary,
  ) {}

  /** A vocabulary that adds to this one without changing it. */
  layer(): Vocabulary {
    return new Vocabulary(this.wordList, this)
  }

  /** Counts the words of a text, and each part of a hyphenated compound as a word too. */
  addText(text: string): void {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase().replace(/‐/g, '-')
      this.bump(word)
      if (word.includes('-')) for (const part of word.split('-')) this.bump(part)
    }
  }

  /** How often `word` (lower case) occurs in the texts added. */
  count(word: string): number {
    const key = word.toLowerCase()
    return (this.counts.get(key) ?? 0) + (this.base?.count(key) ?? 0)
  }

  inWordList(word: string): boolean {
    return this.wordList.has(word.toLowerCase())
  }

  /** In the texts added or in the word list. */
  knows(word: string): boolean {
    return this.count(word) > 0 || this.inWordList(word)
  }

  private bump(word: string): void {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1)
  }
}

/** Parses a word list file: one word per line, `#` starts a comment line. */
export function parseWordList(text: string): Set<string> {
  const words = new Set<string>()
  for (const line of text.split('\n')) {
    const word = line.trim().toLowerCase()
    if (word && !word.startsWith('#')) words.add(word)
  }
  return words
}
