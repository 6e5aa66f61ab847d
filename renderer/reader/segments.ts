/**
 * Highlights as disjoint segments of one paragraph: every point where a span
 * starts or ends cuts the paragraph, and each piece lists the spans covering
 * it, outermost first. Overlapping and nested spans so stay all visible.
 */
import { utf16, type Utf16Offset } from '../../shared/text/offsets.ts'

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
  /** Each (not proposed) span's underline track in the paragraph, 0 nearest the text. */
  tracks: ReadonlyMap<string, number>
}

/**
 * Gives each span of a paragraph an underline track that it keeps from its
 * start to its end, so its underline runs on unbroken beside the others:
 * spans in order of start (a longer one first), each on the nearest track
 * free where it starts. Proposals get none.
 */
export function underlineTracks(spans: readonly ViewSpan[]): Map<string, number> {
  const ends: number[] = []
  const tracks = new Map<string, number>()
  const ordered = spans
    .filter((s) => !s.suggested)
    .sort((x, y) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : 1))
  for (const span of ordered) {
    const free = ends.findIndex((end) => end <= span.start)
    const track = free < 0 ? ends.length : free
    ends[track] = span.end
    tracks.set(span.id, track)
  }
  return tracks
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
  const tracks = underlineTracks(spans)
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
      tracks,
    })
  }
  return segments
}
