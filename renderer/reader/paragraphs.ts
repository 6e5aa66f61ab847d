/** The document's text as paragraphs (split on "\n"), with their UTF-16 start offsets. */
import { utf16, type Utf16Offset } from '../../shared/text/offsets.ts'

export class Paragraphs {
  readonly texts: string[]
  readonly starts: Utf16Offset[]

  constructor(text: string) {
    this.texts = text.split('\n')
    this.starts = new Array<Utf16Offset>(this.texts.length)
    let at = 0
    for (let i = 0; i < this.texts.length; i++) {
      this.starts[i] = utf16(at)
      at += (this.texts[i]?.length ?? 0) + 1
    }
  }

  get count(): number {
    return this.texts.length
  }

  start(index: number): Utf16Offset {
    return this.starts[index] ?? utf16(0)
  }

  end(index: number): Utf16Offset {
    return utf16(this.start(index) + (this.texts[index]?.length ?? 0))
  }

  /** The paragraph holding UTF-16 offset `at` (a newline belongs to the paragraph before it). */
  indexAt(at: Utf16Offset): number {
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
  range(start: Utf16Offset, end: Utf16Offset): [number, number] {
    return [this.indexAt(start), this.indexAt(utf16(Math.max(start, end - 1)))]
  }
}
