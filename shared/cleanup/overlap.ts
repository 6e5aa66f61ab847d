/**
 * How a text overlaps the others in an index: which texts it nearly
 * duplicates, and which of its lines recur elsewhere as boilerplate.
 *
 * The two questions depend on each other: two copies of one report share
 * every paragraph, and two reports from one site share only the disclaimer.
 * What tells them apart: boilerplate is a run of lines at the head or tail of
 * a text, around a body of its own that shares nothing with the other text,
 * and it is a small part of the other text too. Two texts that share more
 * than that are related; when either is mostly inside the other, they are
 * near-duplicates. Nothing of a related text is ever called boilerplate.
 */
import type { LineProfile, OverlapSource } from './text-index.ts'

/** A line counts as shared with a text when this share of its shingles is there. */
const LINE_COVERAGE = 0.6
/** Texts are near-duplicates when this share of either one is in the other. */
const DUPLICATE_SHARE = 0.5
/** A body of its own needs this many words, and this share of the text. */
const BODY_WORDS = 20
const BODY_SHARE = 0.2
/**
 * A shingle or line held by more texts than this is common: the line is
 * boilerplate-like wherever it sits, and is not compared text by text (which
 * would cost, for a site's disclaimer in every report, the square of the corpus).
 */
const COMMON = 20

export interface NearDuplicate {
  key: string
  title: string
  /** Share of the smaller text found in the other, 0..1. */
  similarity: number
}

/** Where a recurring line also occurs: one other text, or many. */
export interface Recurrence {
  key?: string
  title?: string
  /** Set for a line common to many texts: how many hold it. */
  count?: number
}

export interface Overlap {
  /** Best first. */
  nearDuplicates: NearDuplicate[]
  /** Recurring boilerplate, by line index (as `splitLines` numbers lines). */
  recurring: Map<number, Recurrence>
}

export interface OverlapOptions {
  /** The text's own key in the index, if it is indexed. */
  self?: string
  /** Which texts it may be a near-duplicate of (those imported or stored before it). */
  mayDuplicate: (key: string) => boolean
}

/** How a recurring line is described to the user. */
export function recurrenceReason(r: Recurrence): string {
  return r.count !== undefined
    ? `recurs in ${r.count} other texts`
    : `recurs in “${r.title ?? r.key ?? ''}”`
}

export function analyseOverlap(
  lines: readonly LineProfile[],
  index: OverlapSource,
  options: OverlapOptions,
): Overlap {
  const { rows, common } = sharedLines(lines, index, options.self)
  const aside = lines.map((l, i) => l.furniture !== null || common[i] !== undefined)
  const nearDuplicates: NearDuplicate[] = []
  const others: [string, boolean[]][] = []
  for (const [key, row] of rows) {
    const flags = lines.map((l, i) => isShared(l, row, i))
    const other = index.get(key)
    const pair = classify(lines, aside, flags, row, other?.size ?? 0)
    if (pair.kind === 'boilerplate') others.push([key, flags])
    else if (pair.kind === 'duplicate' && options.mayDuplicate(key)) {
      nearDuplicates.push({ key, title: other?.title ?? key, similarity: pair.similarity })
    }
    // A later copy of this text is flagged on its own turn; it says nothing about boilerplate here.
  }
  nearDuplicates.sort((a, b) => b.similarity - a.similarity || (a.key < b.key ? -1 : 1))
  const recurring = new Map<number, Recurrence>()
  const sharedWith = lines.map((_, i) => others.find(([, flags]) => flags[i])?.[0])
  const recurs = (i: number): boolean => sharedWith[i] !== undefined || common[i] !== undefined
  for (const i of edgeRuns(lines, recurs)) {
    const line = lines[i]
    if (!line || line.furniture) continue
    const key = sharedWith[i]
    const count = common[i]
    if (key !== undefined) recurring.set(line.index, { key, title: index.get(key)?.title ?? key })
    else if (count !== undefined) recurring.set(line.index, { count })
  }
  return { nearDuplicates, recurring }
}

/** For one other text: per line, how many shingles it holds, and whether it holds the whole line. */
interface Row {
  hits: number[]
  exact: boolean[]
}

/**
 * For every other text sharing anything with these lines, what it shares,
 * line by line; and which lines are common (by how many texts hold them).
 */
function sharedLines(
  lines: readonly LineProfile[],
  index: OverlapSource,
  self: string | undefined,
): { rows: Map<string, Row>; common: (number | undefined)[] } {
  const rows = new Map<string, Row>()
  const common: (number | undefined)[] = []
  let line = 0
  const row = (key: string): Row | null => {
    if (key === self) return null
    let r = rows.get(key)
    if (!r) {
      r = {
        hits: new Array<number>(lines.length).fill(0),
        exact: new Array<boolean>(lines.length).fill(false),
      }
      rows.set(key, r)
    }
    return r
  }
  const shingle = (key: string): void => {
    const r = row(key)
    if (r) r.hits[line] = (r.hits[line] ?? 0) + 1
  }
  const whole = (key: string): void => {
    const r = row(key)
    if (r) r.exact[line] = true
  }
  for (const [i, l] of lines.entries()) {
    line = i
    let commonShingles = 0
    let most = 0
    for (const s of l.shingles) {
      const n = index.holderCount(s)
      if (n > COMMON) {
        commonShingles++
        most = Math.max(most, n)
      } else if (n > 0) index.eachHolder(s, shingle)
    }
    if (l.words > 0) {
      const n = index.holderCount(l.key)
      if (n > COMMON) {
        common[i] = n
        continue
      }
      index.eachHolder(l.key, whole)
    }
    if (l.shingles.length > 2 && commonShingles >= LINE_COVERAGE * l.shingles.length) {
      common[i] = most
    }
  }
  return { rows, common }
}

/** A whole-line match, or (for a line of three shingles or more) most of its shingles. */
function isShared(line: LineProfile, row: Row, i: number): boolean {
  if (row.exact[i]) return true
  const n = line.shingles.length
  return n > 2 && (row.hits[i] ?? 0) >= LINE_COVERAGE * n
}

/** Shingles of line i found in the other text (all of them on a whole-line match). */
function matched(line: LineProfile, row: Row, i: number): number {
  const n = Math.max(1, line.shingles.length)
  return row.exact[i] ? n : Math.min(n, row.hits[i] ?? 0)
}

type Pair = { kind: 'boilerplate' | 'related' } | { kind: 'duplicate'; similarity: number }

/**
 * What one other text is to this one, from the lines they share. Lines set
 * `aside` (furniture, lines common to many texts) count for neither: they
 * carry an edge run on, and stay out of the body and the similarity.
 */
function classify(
  lines: readonly LineProfile[],
  aside: readonly boolean[],
  flags: readonly boolean[],
  row: Row,
  otherSize: number,
): Pair {
  const edge = new Set(edgeRuns(lines, (i) => flags[i] === true, aside))
  let total = 0
  let shared = 0
  let body = 0
  let sharedBody = 0
  let found = 0
  let shingles = 0
  lines.forEach((l, i) => {
    if (aside[i]) return
    shingles += Math.max(1, l.shingles.length)
    found += matched(l, row, i)
    total += l.words
    if (flags[i]) shared += l.words
    if (edge.has(i)) return
    body += l.words
    if (flags[i]) sharedBody += l.words
  })
  const inOther = otherSize > 0 ? Math.min(1, found / otherSize) : 0
  const ownBody = body >= BODY_WORDS && body >= BODY_SHARE * total
  if (edge.size > 0 && sharedBody === 0 && ownBody && inOther < DUPLICATE_SHARE) {
    return { kind: 'boilerplate' }
  }
  const inThis = shingles > 0 ? found / shingles : 0
  const similarity = Math.round(Math.max(inThis, inOther) * 100) / 100
  if (total > 0 && (shared / total >= DUPLICATE_SHARE || inOther >= DUPLICATE_SHARE)) {
    return { kind: 'duplicate', similarity }
  }
  return { kind: 'related' }
}

/**
 * Indices of lines where `shared` holds in the runs from the head and from
 * the tail; furniture (and lines set aside) carry a run on.
 */
function edgeRuns(
  lines: readonly LineProfile[],
  shared: (i: number) => boolean,
  aside: readonly boolean[] = lines.map((l) => l.furniture !== null),
): number[] {
  const inRun = (i: number): boolean => shared(i) || aside[i] === true
  const out = new Set<number>()
  for (let i = 0; i < lines.length && inRun(i); i++) out.add(i)
  for (let i = lines.length - 1; i >= 0 && inRun(i); i--) out.add(i)
  return [...out].filter((i) => shared(i))
}
