/**
 * What a span covers, in code points: its fragments when it is discontinuous,
 * else [start, end). Coverage arrays mark, per code point, whether a layer's
 * spans of one label cover it.
 */
import type { Span } from '../contract/model.ts'

export type Piece = readonly [number, number]

export function piecesOf(span: Pick<Span, 'start' | 'end' | 'fragments'>): readonly Piece[] {
  return span.fragments ?? [[span.start, span.end]]
}

/** How many code points two spans share (0 when they do not overlap). */
export function sharedCodePoints(a: Span, b: Span): number {
  if (a.end <= b.start || b.end <= a.start) return 0
  if (!a.fragments && !b.fragments) return Math.min(a.end, b.end) - Math.max(a.start, b.start)
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

/** Covered code points [begin, end), ascending, neither overlapping nor touching. */
export type Intervals = readonly Piece[]

/** What `spans` cover, merged: overlapping or touching spans become one interval (one unit for α_u). */
export function coverage(spans: readonly Span[], length: number): Intervals {
  const pieces = spans
    .flatMap((s) => piecesOf(s))
    .map(([b, e]): [number, number] => [Math.min(b, length), Math.min(e, length)])
    .filter(([b, e]) => e > b)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: [number, number][] = []
  for (const [b, e] of pieces) {
    const last = out[out.length - 1]
    if (last && b <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([b, e])
  }
  return out
}

/** How many counted code points [begin, end) holds, from a prefix count (see nonWhitespacePrefix). */
export const countIn = (prefix: Uint32Array, begin: number, end: number): number =>
  (prefix[end] ?? 0) - (prefix[begin] ?? 0)

/** Counted code points the intervals hold. */
export function countCovered(prefix: Uint32Array, intervals: Intervals): number {
  let n = 0
  for (const [b, e] of intervals) n += countIn(prefix, b, e)
  return n
}

/** Counted code points both interval lists hold. */
export function countShared(prefix: Uint32Array, a: Intervals, b: Intervals): number {
  let n = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const [b1, e1] = a[i] as Piece
    const [b2, e2] = b[j] as Piece
    const from = Math.max(b1, b2)
    const to = Math.min(e1, e2)
    if (to > from) n += countIn(prefix, from, to)
    if (e1 <= e2) i++
    else j++
  }
  return n
}

const SPACE = /\s/u

/**
 * Counts of the code points that are not whitespace (`\s` in Unicode mode):
 * entry i holds how many of the first i code points are not; the last entry
 * is the total, and the array's length is the code point length + 1.
 */
export function nonWhitespacePrefix(text: string): Uint32Array {
  const prefix = new Uint32Array(text.length + 1)
  let n = 0
  let count = 0
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    // ASCII directly (space, tab, LF, VT, FF, CR); the rest through the Unicode-aware test.
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch)
    if (!space) count++
    prefix[++n] = count
  }
  return prefix.subarray(0, n + 1)
}
