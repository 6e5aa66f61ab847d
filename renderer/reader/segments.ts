/**
 * Highlights as disjoint segments of one paragraph: every point where a span
 * starts or ends cuts the paragraph, and each piece lists the spans covering
 * it, outermost first. Overlapping and nested spans so stay all visible.
 */
import { utf16, type Utf16Offset } from '../../shared/offsets.ts'

export interface ViewSpan {
  id: string
  label: string
  /** UTF-16 offsets in the whole text. */
  start: Utf16Offset
  end: Utf16Offset
  /** A proposed highlight, not yet accepted. */
  suggested?: boolean
}

export interface Segment {
  /** UTF-16 offsets within the paragraph. */
  start: Utf16Offset
  end: Utf16Offset
  spans: ViewSpan[]
  /** Spans that begin in this segment (their label is shown here). */
  starting: ViewSpan[]
}

export function paragraphSegments(
  spans: readonly ViewSpan[],
  paragraphStart: Utf16Offset,
  paragraphEnd: Utf16Offset,
): Segment[] {
  const cuts = new Set<Utf16Offset>()
  for (const s of spans) {
    cuts.add(utf16(Math.max(s.start, paragraphStart) - paragraphStart))
    cuts.add(utf16(Math.min(s.end, paragraphEnd) - paragraphStart))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? utf16(0)
    const b = points[i + 1] ?? utf16(0)
    const covering = spans
      .filter((s) => s.start - paragraphStart <= a && s.end - paragraphStart >= b)
      .sort(
        (x, y) =>
          y.end - y.start - (x.end - x.start) || x.start - y.start || (x.id < y.id ? -1 : 1),
      )
    if (covering.length === 0) continue
    segments.push({
      start: a,
      end: b,
      spans: covering,
      starting: covering.filter((s) => s.start - paragraphStart === a),
    })
  }
  return segments
}
