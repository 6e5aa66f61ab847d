/**
 * The overlap policy of the formats that give each token one tag (CoNLL
 * IOB2, BIOES, Hugging Face ner_tags), where overlapping spans cannot all be
 * kept: the longest span wins, then the one that starts first, then label
 * and id order; a span that overlaps one already kept is dropped and
 * reported by document and id. Longest-first keeps the outer span of a
 * nested pair ("One Turkish soldier" over "Turkish"), which is what a
 * claim-level reader wants, and the order is total, so the result never
 * depends on the input order.
 */
import type { TrimmedExtent } from './extents.ts'
import type { WriterNote } from './writer.ts'

export const OVERLAP_POLICY =
  'Overlapping spans cannot share tokens in this format. The longest span (in code points, ' +
  'whitespace at its ends not counted) is kept, then the one that starts first, then by ' +
  'label and span id; every span that overlaps a kept span is dropped and listed below.'

export interface Resolved<T extends TrimmedExtent> {
  /** Kept spans, by start. */
  kept: T[]
  notes: WriterNote[]
}

function order(a: TrimmedExtent, b: TrimmedExtent): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (a.span.label < b.span.label ? -1 : a.span.label > b.span.label ? 1 : 0) ||
    (a.span.id < b.span.id ? -1 : a.span.id > b.span.id ? 1 : 0)
  )
}

/** Applies the overlap policy to one document's extents. */
export function resolveOverlaps<T extends TrimmedExtent>(
  docId: string,
  extents: readonly T[],
): Resolved<T> {
  // Kept extents never overlap, so sorted by start they are sorted by end too.
  const kept: T[] = []
  const notes: WriterNote[] = []
  for (const e of [...extents].sort(order)) {
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((kept[mid] as T).end <= e.start) lo = mid + 1
      else hi = mid
    }
    const next = kept[lo]
    if (next && next.start < e.end) {
      notes.push({
        docId,
        spanId: e.span.id,
        kind: 'dropped',
        message: `${e.span.label} span ${e.span.id} “${e.span.text}” overlaps ${next.span.label} span ${next.span.id} “${next.span.text}”, which is kept`,
      })
      continue
    }
    kept.splice(lo, 0, e)
  }
  return { kept, notes }
}
