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

export interface NearDuplicate {
  key: string
  title: string
  /** Share of this text's shingles (furniture aside) that the other text holds, 0..1. */
  similarity: number
}

export interface Recurrence {
  key: string
  title: string
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

export function analyseOverlap(
  lines: readonly LineProfile[],
  index: OverlapSource,
  options: OverlapOptions,
): Overlap {
  const shared = sharedLines(lines, index, options.self)
  const nearDuplicates: NearDuplicate[] = []
  const others: [string, boolean[]][] = []
  for (const [key, hits] of shared) {
    const flags = lines.map((l, i) => isShared(l, hits[i] ?? 0))
    const other = index.get(key)
    const pair = classify(lines, flags, hits, other?.size ?? 0)
    if (pair.kind === 'boilerplate') others.push([key, flags])
    else if (pair.kind === 'duplicate' && options.mayDuplicate(key)) {
      nearDuplicates.push({ key, title: other?.title ?? key, similarity: pair.similarity })
    }
    // A later copy of this text is flagged on its own turn; it says nothing about boilerplate here.
  }
  nearDuplicates.sort((a, b) => b.similarity - a.similarity || (a.key < b.key ? -1 : 1))
  const recurring = new Map<number, Recurrence>()
  const sharedWith = lines.map((_, i) => others.find(([, flags]) => flags[i])?.[0])
  for (const i of edgeRuns(lines, (i) => sharedWith[i] !== undefined)) {
    const key = sharedWith[i]
    const line = lines[i]
    if (key !== undefined && line && !line.furniture) {
      recurring.set(line.index, { key, title: index.get(key)?.title ?? key })
    }
  }
  return { nearDuplicates, recurring }
}

/**
 * For every other text sharing anything with these lines: per line, how many
 * of its shingles that text holds (a short line's exact match counts as all).
 */
function sharedLines(
  lines: readonly LineProfile[],
  index: OverlapSource,
  self: string | undefined,
): Map<string, number[]> {
  const hits = new Map<string, number[]>()
  const bump = (key: string, i: number, n: number): void => {
    if (key === self) return
    let row = hits.get(key)
    if (!row) hits.set(key, (row = new Array<number>(lines.length).fill(0)))
    row[i] = (row[i] ?? 0) + n
  }
  lines.forEach((l, i) => {
    for (const s of l.shingles) for (const key of index.holders(s)) bump(key, i, 1)
    if (l.words > 0) {
      // A whole-line match counts as every shingle (or one, for a short line).
      for (const key of index.holders(l.key)) bump(key, i, Math.max(1, l.shingles.length))
    }
  })
  return hits
}

function isShared(line: LineProfile, hits: number): boolean {
  if (line.shingles.length === 0) return hits > 0
  return hits >= LINE_COVERAGE * line.shingles.length
}

type Pair = { kind: 'boilerplate' | 'related' } | { kind: 'duplicate'; similarity: number }

/** What one other text is to this one, from the lines they share. */
function classify(
  lines: readonly LineProfile[],
  flags: readonly boolean[],
  hits: readonly number[],
  otherSize: number,
): Pair {
  const edge = new Set(edgeRuns(lines, (i) => flags[i] === true))
  let total = 0
  let shared = 0
  let body = 0
  let sharedBody = 0
  let matched = 0
  let shingles = 0
  lines.forEach((l, i) => {
    if (l.furniture) return
    const n = Math.max(1, l.shingles.length)
    shingles += n
    matched += Math.min(n, hits[i] ?? 0)
    total += l.words
    if (flags[i]) shared += l.words
    if (edge.has(i)) return
    body += l.words
    if (flags[i]) sharedBody += l.words
  })
  const inOther = otherSize > 0 ? Math.min(1, matched / otherSize) : 0
  const ownBody = body >= BODY_WORDS && body >= BODY_SHARE * total
  if (edge.size > 0 && sharedBody === 0 && ownBody && inOther < DUPLICATE_SHARE) {
    return { kind: 'boilerplate' }
  }
  const inThis = shingles > 0 ? matched / shingles : 0
  const similarity = Math.round(Math.max(inThis, inOther) * 100) / 100
  if (total > 0 && (shared / total >= DUPLICATE_SHARE || inOther >= DUPLICATE_SHARE)) {
    return { kind: 'duplicate', similarity }
  }
  return { kind: 'related' }
}

/** Indices of lines in the runs from the head and from the tail where `shared` or furniture holds. */
function edgeRuns(lines: readonly LineProfile[], shared: (i: number) => boolean): number[] {
  const inRun = (i: number): boolean => shared(i) || lines[i]?.furniture != null
  const out = new Set<number>()
  for (let i = 0; i < lines.length && inRun(i); i++) out.add(i)
  for (let i = lines.length - 1; i >= 0 && inRun(i); i--) out.add(i)
  return [...out].filter((i) => shared(i))
}
