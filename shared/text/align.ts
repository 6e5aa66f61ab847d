/**
 * Aligns two versions of a text word by word, so spans made on one can be
 * placed on the other (a report and its PDF copy, before and after cleanup).
 * Words and punctuation are tokens; whitespace is not, so line breaks and
 * spacing never get in the way. The alignment is a patience diff: tokens that
 * occur once on each side anchor it, and the stretches between anchors are
 * aligned the same way, down to a plain longest-common-subsequence.
 */
import type { Span } from '../contract/model.ts'
import { OffsetMap } from './offsets.ts'

interface Token {
  text: string
  start: number
  end: number
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu
/** Largest stretch (tokens × tokens) aligned by dynamic programming when no anchor is left. */
const DP_LIMIT = 250_000

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** Positions of one text mapped onto another through the tokens they share. */
export class TextAlignment {
  private readonly a: Token[]
  private readonly b: Token[]
  /** For each token of `a`, the index of its partner in `b`, or -1. */
  private readonly partner: Int32Array

  constructor(from: string, to: string) {
    this.a = tokenize(from)
    this.b = tokenize(to)
    this.partner = new Int32Array(this.a.length).fill(-1)
    align(this.a, this.b, 0, this.a.length, 0, this.b.length, this.partner)
  }

  /** Share of `from`'s tokens that have a partner. */
  get coverage(): number {
    if (this.a.length === 0) return 0
    let n = 0
    for (const p of this.partner) if (p >= 0) n++
    return n / this.a.length
  }

  /** Where a range [start, end) of `from` (UTF-16) lies in `to`, or null when its ends have no partner. */
  mapRange(start: number, end: number): [number, number] | null {
    const first = this.tokenAtOrAfter(start)
    const last = this.tokenBefore(end)
    if (first === null || last === null || first > last) return null
    const fa = this.a[first] as Token
    const la = this.a[last] as Token
    const fb = this.b[this.partner[first] ?? -1]
    const lb = this.b[this.partner[last] ?? -1]
    if (!fb || !lb) return null
    // A range may start or end inside a token: keep the same offset within its partner.
    const s = fb.start + Math.max(0, start - fa.start)
    const e = lb.start + Math.min(la.end, end) - la.start
    return s < e ? [s, e] : null
  }

  private tokenAtOrAfter(pos: number): number | null {
    let lo = 0
    let hi = this.a.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.a[mid] as Token).end <= pos) lo = mid + 1
      else hi = mid
    }
    return lo < this.a.length ? lo : null
  }

  private tokenBefore(pos: number): number | null {
    let lo = 0
    let hi = this.a.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.a[mid] as Token).start < pos) lo = mid + 1
      else hi = mid
    }
    return lo > 0 ? lo - 1 : null
  }
}

function align(
  a: readonly Token[],
  b: readonly Token[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  partner: Int32Array,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo]?.text === b[bLo]?.text) partner[aLo++] = bLo++
  while (aLo < aHi && bLo < bHi && a[aHi - 1]?.text === b[bHi - 1]?.text) partner[--aHi] = --bHi
  if (aLo >= aHi || bLo >= bHi) return
  const anchors = uniqueAnchors(a, b, aLo, aHi, bLo, bHi)
  if (anchors.length > 0) {
    let pa = aLo
    let pb = bLo
    for (const [i, j] of anchors) {
      align(a, b, pa, i, pb, j, partner)
      partner[i] = j
      pa = i + 1
      pb = j + 1
    }
    align(a, b, pa, aHi, pb, bHi, partner)
  } else if ((aHi - aLo) * (bHi - bLo) <= DP_LIMIT) {
    lcs(a, b, aLo, aHi, bLo, bHi, partner)
  }
}

/** Tokens occurring exactly once on each side, in the longest order-preserving chain. */
function uniqueAnchors(
  a: readonly Token[],
  b: readonly Token[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
): [number, number][] {
  const count = (tokens: readonly Token[], lo: number, hi: number): Map<string, number> => {
    const m = new Map<string, number>()
    for (let i = lo; i < hi; i++) {
      const t = (tokens[i] as Token).text
      m.set(t, m.has(t) ? -1 : i)
    }
    return m
  }
  const inA = count(a, aLo, aHi)
  const inB = count(b, bLo, bHi)
  const pairs: [number, number][] = []
  for (const [text, i] of inA) {
    const j = inB.get(text)
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j])
  }
  pairs.sort((x, y) => x[0] - y[0])
  return longestIncreasing(pairs)
}

/** Longest chain of pairs increasing in both coordinates (patience sorting). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = []
  const back = new Int32Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    const j = (pairs[k] as [number, number])[1]
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((pairs[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) back[k] = tails[lo - 1] as number
    tails[lo] = k
  }
  const out: [number, number][] = []
  for (let k = tails.at(-1) ?? -1; k >= 0; k = back[k] ?? -1) out.push(pairs[k] as [number, number])
  return out.reverse()
}

function lcs(
  a: readonly Token[],
  b: readonly Token[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  partner: Int32Array,
): void {
  const n = aHi - aLo
  const m = bHi - bLo
  const table = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        a[aLo + i]?.text === b[bLo + j]?.text
          ? (table[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * (m + 1) + j] ?? 0, table[i * (m + 1) + j + 1] ?? 0)
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[aLo + i]?.text === b[bLo + j]?.text) {
      partner[aLo + i] = bLo + j
      i++
      j++
    } else if ((table[(i + 1) * (m + 1) + j] ?? 0) >= (table[i * (m + 1) + j + 1] ?? 0)) i++
    else j++
  }
}

export interface PlacedSpan {
  span: Span
  /** The same span with offsets (code points) and quote in the other text. */
  moved: Span
}

export interface UnplacedSpan {
  span: Span
  reason: string
}

/**
 * Places spans of `from` on `to`. Every placed span quotes exactly the text
 * it had; one that cannot be found, or whose words changed, is returned with
 * the reason instead of being placed approximately.
 */
export function placeSpans(
  spans: readonly Span[],
  from: string,
  to: string,
): { placed: PlacedSpan[]; unplaced: UnplacedSpan[] } {
  const alignment = new TextAlignment(from, to)
  const a = new OffsetMap(from)
  const b = new OffsetMap(to)
  const placed: PlacedSpan[] = []
  const unplaced: UnplacedSpan[] = []
  for (const span of spans) {
    const range = alignment.mapRange(a.toUtf16(span.start), a.toUtf16(span.end))
    let at: [number, number] | null = null
    let reason = 'its words are not in the other text'
    if (range) {
      const [s, e] = range
      // The same words and punctuation count as the same quote; spacing and line breaks may differ.
      if (sameTokens(to.slice(s, e), span.text)) at = [s, e]
      else {
        at = nearest(to, span.text, s)
        if (!at) reason = `the text there reads “${to.slice(s, e)}”, not “${span.text}”`
      }
    } else {
      at = onlyOccurrence(to, span.text)
    }
    if (at) {
      const start = b.toCodePoint(at[0])
      const end = b.toCodePoint(at[1])
      placed.push({ span, moved: { ...span, start, end, text: b.slice(start, end) } })
    } else {
      unplaced.push({ span, reason })
    }
  }
  return { placed, unplaced }
}

function sameTokens(a: string, b: string): boolean {
  const ta = tokenize(a)
  const tb = tokenize(b)
  return ta.length === tb.length && ta.every((t, i) => t.text === tb[i]?.text)
}

/** The occurrence of `quote` within a short distance of `near`, if any. */
function nearest(text: string, quote: string, near: number): [number, number] | null {
  const window = 200 + quote.length
  let best: number | null = null
  for (
    let at = text.indexOf(quote, Math.max(0, near - window));
    at >= 0 && at <= near + window;
    at = text.indexOf(quote, at + 1)
  ) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at
  }
  return best === null ? null : [best, best + quote.length]
}

/** Where the alignment found nothing, an exact quote that occurs once is still unambiguous. */
function onlyOccurrence(text: string, quote: string): [number, number] | null {
  const at = text.indexOf(quote)
  if (at < 0 || text.indexOf(quote, at + 1) >= 0) return null
  return [at, at + quote.length]
}
