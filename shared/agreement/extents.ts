/**
 * What a span covers, in code points: its fragments when it is discontinuous,
 * else [start, end). Coverage arrays mark, per code point, whether a layer's
 * spans of one label cover it.
 */
import type { Span } from '../model.ts'

export type Piece = readonly [number, number]

export function piecesOf(span: Pick<Span, 'start' | 'end' | 'fragments'>): readonly Piece[] {
  return span.fragments ?? [[span.start, span.end]]
}

/** How many code points two spans share (0 when they do not overlap). */
export function sharedCodePoints(a: Span, b: Span): number {
  if (a.end <= b.start || b.end <= a.start) return 0
  let shared = 0
  for (const [s1, e1] of piecesOf(a))
    for (const [s2, e2] of piecesOf(b)) shared += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2))
  return shared
}

/** Whether the two spans have the same extent (and the same fragments). */
export function sameExtent(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end && extentKey(a) === extentKey(b)
}

export function extentKey(span: Pick<Span, 'start' | 'end' | 'fragments'>): string {
  return piecesOf(span)
    .map(([s, e]) => `${s}-${e}`)
    .join(',')
}

/** 1 for every code point of [0, length) that one of `spans` covers. */
export function coverage(spans: readonly Span[], length: number): Uint8Array {
  const covered = new Uint8Array(length)
  for (const span of spans)
    for (const [s, e] of piecesOf(span)) covered.fill(1, Math.min(s, length), Math.min(e, length))
  return covered
}

/** The maximal runs of covered code points: overlapping or touching spans become one unit. */
export function runs(covered: Uint8Array): { begin: number; length: number }[] {
  const out: { begin: number; length: number }[] = []
  let begin = -1
  for (let i = 0; i <= covered.length; i++) {
    const on = i < covered.length && covered[i] === 1
    if (on && begin < 0) begin = i
    else if (!on && begin >= 0) {
      out.push({ begin, length: i - begin })
      begin = -1
    }
  }
  return out
}

/** The text as code points with 1 for each that is not whitespace (`\s` in Unicode mode). */
export function nonWhitespace(text: string): Uint8Array {
  const chars = Array.from(text)
  const mask = new Uint8Array(chars.length)
  chars.forEach((ch, i) => {
    mask[i] = /\s/u.test(ch) ? 0 : 1
  })
  return mask
}
