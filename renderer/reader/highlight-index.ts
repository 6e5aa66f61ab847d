/**
 * The open document's highlights by paragraph, for the reader: each span or
 * proposal sits in the buckets of the paragraphs it touches, and a
 * paragraph's Slate decorations are computed once and kept until one of its
 * highlights changes, so an edit re-renders only the paragraphs it touches.
 */
import type { Utf16Offset } from '../../shared/text/offsets.ts'
import { Paragraphs } from './paragraphs.ts'
import { paragraphSegments, type Segment, type ViewSpan } from './segments.ts'

/** A highlight as a Slate decoration: a range in one paragraph's text, with its segment. */
export interface HighlightRange {
  anchor: { path: number[]; offset: number }
  focus: { path: number[]; offset: number }
  hl: Segment
}

const EMPTY: HighlightRange[] = []

export class HighlightIndex {
  readonly paragraphs: Paragraphs
  private readonly buckets = new Map<number, ViewSpan[]>()
  private readonly ranges = new Map<number, HighlightRange[]>()

  constructor(text: string) {
    this.paragraphs = new Paragraphs(text)
  }

  /** Highlights of one paragraph; the same array (and objects) until that paragraph changes. */
  highlights(paragraph: number): HighlightRange[] {
    let cached = this.ranges.get(paragraph)
    if (!cached) {
      const entries = this.buckets.get(paragraph) ?? []
      const path = [paragraph, 0]
      cached = entries.length
        ? paragraphSegments(
            entries,
            this.paragraphs.start(paragraph),
            this.paragraphs.end(paragraph),
          ).map((hl) => ({
            anchor: { path, offset: hl.start },
            focus: { path, offset: hl.end },
            hl,
          }))
        : EMPTY
      this.ranges.set(paragraph, cached)
    }
    return cached
  }

  /** The first entry of the paragraph where [start, end) begins that `test` accepts. */
  find(
    start: Utf16Offset,
    end: Utf16Offset,
    test: (entry: ViewSpan) => boolean,
  ): ViewSpan | undefined {
    const [first] = this.paragraphs.range(start, end)
    return this.buckets.get(first)?.find(test)
  }

  /** Puts an entry in the buckets of the paragraphs it touches. */
  place(entry: ViewSpan): void {
    const [first, last] = this.paragraphs.range(entry.start, entry.end)
    for (let p = first; p <= last; p++) {
      const bucket = this.buckets.get(p)
      if (bucket) bucket.push(entry)
      else this.buckets.set(p, [entry])
      this.ranges.delete(p)
    }
  }

  /** Takes an entry out of the buckets it was placed in. */
  displace(entry: ViewSpan): void {
    const [first, last] = this.paragraphs.range(entry.start, entry.end)
    for (let p = first; p <= last; p++) {
      const bucket = this.buckets.get(p)?.filter((s) => s !== entry)
      if (bucket?.length) this.buckets.set(p, bucket)
      else this.buckets.delete(p)
      this.ranges.delete(p)
    }
  }
}
