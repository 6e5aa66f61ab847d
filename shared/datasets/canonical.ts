/**
 * Imported datasets arrive with texts in any form (CRLF line ends, a BOM,
 * decomposed accents), but the corpus stores only canonical text (see
 * text.ts). This moves a document's spans onto the canonical text exactly:
 * the text is cut into pieces that canonicalization never merges across (a
 * character with its combining marks, a CRLF pair), each piece is
 * canonicalized alone, and offsets at piece edges map one to one. A span
 * edge inside a piece that canonicalization changes cannot be placed
 * exactly, so that span is reported, not moved approximately.
 */
import type { Span } from '../contract/model.ts'
import {
  codePoints,
  OffsetMap,
  type CodePointOffset,
  type UnbrandedOffset,
} from '../text/offsets.ts'
import { canonicalText } from '../text/text.ts'

const MARK = /\p{M}/u

/** Hangul vowel and final jamo compose with what precedes them, like marks. */
function joinsPrevious(cp: number, ch: string): boolean {
  return (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff) || MARK.test(ch)
}

export interface CanonicalMap {
  text: string
  /** Canonical offset (code points) of an original offset, or null inside a changed piece. */
  map(cp: CodePointOffset | UnbrandedOffset): CodePointOffset | null
}

/** The canonical text of `raw` and how its offsets move. */
export function canonicalMap(raw: string): CanonicalMap {
  const canonical = canonicalText(raw)
  if (canonical === raw) return { text: raw, map: (cp) => cp as CodePointOffset }
  // Original piece starts (code points) and where each lands in the canonical text.
  const from: number[] = []
  const to: number[] = []
  const changed: boolean[] = []
  const chars = Array.from(raw)
  let out = 0
  let i = 0
  // A BOM at the start is dropped: offsets after it move back by one.
  if (chars[0] === '\ufeff') {
    from.push(0)
    to.push(0)
    changed.push(true)
    i = 1
  }
  while (i < chars.length) {
    let j = i + 1
    if (chars[i] === '\r' && chars[j] === '\n') j++
    else
      while (j < chars.length && joinsPrevious(chars[j]?.codePointAt(0) ?? 0, chars[j] ?? '')) j++
    const piece = chars.slice(i, j).join('')
    const done = piece.replace(/\r\n?/g, '\n').normalize('NFC')
    from.push(i)
    to.push(out)
    changed.push(done !== piece)
    out += Array.from(done).length
    i = j
  }
  from.push(chars.length)
  to.push(out)
  changed.push(false)
  return {
    text: canonical,
    map(cp) {
      let lo = 0
      let hi = from.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((from[mid] ?? 0) <= cp) lo = mid
        else hi = mid - 1
      }
      if (from[lo] === cp) return codePoints(to[lo] ?? 0)
      // Inside a piece: exact only when canonicalization left the piece as it was.
      return changed[lo] ? null : codePoints((to[lo] ?? 0) + (cp - (from[lo] ?? 0)))
    },
  }
}

/**
 * The spans moved onto the canonical text, each quoting what it covers
 * there; those whose edges cannot be placed are returned apart.
 */
export function canonicalSpans(
  raw: string,
  spans: readonly Span[],
): { text: string; spans: Span[]; unplaced: Span[] } {
  const c = canonicalMap(raw)
  if (c.text === raw) return { text: raw, spans: [...spans], unplaced: [] }
  const map = new OffsetMap(c.text)
  const placed: Span[] = []
  const unplaced: Span[] = []
  for (const span of spans) {
    const start = c.map(span.start)
    const end = c.map(span.end)
    const fragments = span.fragments?.map(([a, b]) => [c.map(a), c.map(b)] as const)
    if (
      start === null ||
      end === null ||
      end <= start ||
      fragments?.some(([a, b]) => a === null || b === null || b <= a)
    ) {
      unplaced.push(span)
      continue
    }
    const moved: Span = { ...span, start, end, text: map.slice(start, end) }
    if (fragments)
      moved.fragments = fragments.map(([a, b]) => [a ?? codePoints(0), b ?? codePoints(0)])
    placed.push(moved)
  }
  return { text: c.text, spans: placed, unplaced }
}
