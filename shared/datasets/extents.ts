/**
 * Spans as the token formats see them: the covered extent with surrounding
 * whitespace trimmed (spaCy refuses entities that start or end with
 * whitespace, and no token format has a whitespace-only entity), aligned to
 * the tokens of the document. A discontinuous span counts as its whole
 * extent here, since none of these formats has gaps.
 */
import type { Span } from '../contract/model.ts'
import { OffsetMap } from '../text/offsets.ts'
import { isPythonSpace, tokenizeForExport, type DatasetToken } from './tokens.ts'
import type { ExportUnit, WriterNote } from './writer.ts'

export interface TrimmedExtent {
  span: Span
  /** Code points, trimmed of whitespace at both ends. */
  start: number
  end: number
}

export interface AlignedSpan extends TrimmedExtent {
  /** Index of the first and last token (inclusive) the extent covers. */
  tokenStart: number
  tokenEnd: number
}

/** A span's extent without leading and trailing whitespace; null when nothing else is left. */
export function trimmedExtent(map: OffsetMap, span: Span): TrimmedExtent | null {
  const text = map.slice(span.start, span.end)
  const chars = Array.from(text)
  let a = 0
  let b = chars.length
  while (a < b && isPythonSpace(chars[a] ?? '')) a++
  while (b > a && isPythonSpace(chars[b - 1] ?? '')) b--
  if (a === b) return null
  return { span, start: span.start + a, end: span.start + b }
}

/** The extents of a unit's spans, with a note for each span trimmed or left out. */
export function unitExtents(unit: ExportUnit): { extents: TrimmedExtent[]; notes: WriterNote[] } {
  const map = new OffsetMap(unit.doc.text)
  const notes: WriterNote[] = []
  const extents: TrimmedExtent[] = []
  for (const span of unit.set?.spans ?? []) {
    const extent = trimmedExtent(map, span)
    if (!extent) {
      notes.push({
        docId: unit.doc.id,
        spanId: span.id,
        kind: 'dropped',
        message: `${span.label} span ${span.id} covers only whitespace`,
      })
      continue
    }
    if (extent.start !== span.start || extent.end !== span.end) {
      notes.push({
        docId: unit.doc.id,
        spanId: span.id,
        kind: 'changed',
        message: `${span.label} span ${span.id}: whitespace at its ends left out`,
      })
    }
    if (span.fragments) {
      notes.push({
        docId: unit.doc.id,
        spanId: span.id,
        kind: 'changed',
        message: `${span.label} span ${span.id} is discontinuous: its whole extent is written`,
      })
    }
    extents.push(extent)
  }
  return { extents, notes }
}

/** Tokens of a text cut at every extent edge, and the extents aligned to them. */
export function alignToTokens<T extends TrimmedExtent>(
  text: string,
  extents: readonly T[],
): { tokens: DatasetToken[]; spans: (T & AlignedSpan)[] } {
  const tokens = tokenizeForExport(
    text,
    extents.flatMap((e) => [e.start, e.end]),
  )
  const byStart = new Map<number, number>()
  const byEnd = new Map<number, number>()
  tokens.forEach((t, i) => {
    byStart.set(t.start, i)
    byEnd.set(t.end, i)
  })
  const spans = extents.map((e) => ({
    ...e,
    // Every extent edge is a token edge: the tokenizer cut there.
    tokenStart: byStart.get(e.start) ?? 0,
    tokenEnd: byEnd.get(e.end) ?? 0,
  }))
  return { tokens, spans }
}
