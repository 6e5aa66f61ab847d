/** The document's text as paragraphs (split on "\n"), with their UTF-16 start offsets. */
export class Paragraphs {
  readonly texts: string[]
  readonly starts: number[]

  constructor(text: string) {
    this.texts = text.split('\n')
    this.starts = new Array<number>(this.texts.length)
    let at = 0
    for (let i = 0; i < this.texts.length; i++) {
      this.starts[i] = at
      at += (this.texts[i]?.length ?? 0) + 1
    }
  }

  get count(): number {
    return this.texts.length
  }

  start(index: number): number {
    return this.starts[index] ?? 0
  }

  end(index: number): number {
    return this.start(index) + (this.texts[index]?.length ?? 0)
  }

  /** The paragraph holding UTF-16 offset `at` (a newline belongs to the paragraph before it). */
  indexAt(at: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Paragraph indexes that [start, end) touches. */
  range(start: number, end: number): [number, number] {
    return [this.indexAt(start), this.indexAt(Math.max(start, end - 1))]
  }
}
