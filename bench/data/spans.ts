/**
 * Word-aligned annotations generated from a seed: 1–4 words each, all labels,
 * a given share overlapping another span. Offsets are code points, quotes
 * exact, so the backend accepts every span as if a person had made it.
 */
import type { Span } from '../../shared/contract/model.ts'
import { OffsetMap } from '../../shared/text/offsets.ts'
import { Random } from './random.ts'

export const LABELS = ['ACTOR', 'PLACE', 'CASUALTY_FIGURE', 'ATTRIBUTION'] as const

interface Word {
  /** UTF-16 offsets. */
  start: number
  end: number
  paragraph: number
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}’'-]*[\p{L}\p{N}\p{M}])?/gu

export function words(text: string): Word[] {
  const out: Word[] = []
  let paragraph = 0
  let newline = text.indexOf('\n')
  for (const m of text.matchAll(WORD)) {
    while (newline !== -1 && newline < m.index) {
      paragraph++
      newline = text.indexOf('\n', newline + 1)
    }
    out.push({ start: m.index, end: m.index + m[0].length, paragraph })
  }
  return out
}

export interface SpanOptions {
  count: number
  seed: number
  /** Share of spans that overlap another one (each overlap involves two spans). */
  overlapShare: number
  idPrefix?: string
}

/**
 * `count` spans over `text`: non-overlapping runs of 1–4 words inside one
 * paragraph, then extra spans laid across some of them so that about
 * `overlapShare` of all spans overlap another.
 */
export function generateSpans(text: string, options: SpanOptions): Span[] {
  const rnd = new Random(options.seed)
  const all = words(text)
  const offsets = new OffsetMap(text)
  const overlapping = Math.round((options.count * options.overlapShare) / 2)
  const baseCount = options.count - overlapping
  // Spread the runs over the whole text: a gap averages a little under what is
  // left per span still to place, and runs shrink to one word when space runs short.
  const perSpan = (at: number): number => (all.length - at) / Math.max(1, baseCount - runs.length)
  const gap = (at: number): number =>
    Math.min(
      rnd.int(0, Math.max(0, Math.floor(1.8 * (perSpan(at) - 2.5)))),
      Math.max(0, all.length - at - (baseCount - runs.length)),
    )
  const runs: [number, number][] = []
  let i = gap(0)
  while (runs.length < baseCount && i < all.length) {
    const run = fitRun(all, i, perSpan(i) < 3 ? 1 : rnd.int(1, 4))
    if (run) {
      runs.push(run)
      i = run[1] + gap(run[1])
    } else i++
  }
  if (runs.length < baseCount)
    throw new Error(
      `text too short for ${baseCount} spans (${all.length} words, ${runs.length} placed)`,
    )
  const extra: [number, number][] = []
  const used = new Set<number>()
  while (extra.length < overlapping) {
    const at = rnd.int(0, runs.length - 1)
    if (used.has(at)) continue
    const [first, end] = runs[at] as [number, number]
    // Starts on a word of the base run (not its first when it has more), reaches 1–4 words.
    const from = end - first > 1 ? rnd.int(first + 1, end - 1) : first
    const run = fitRun(all, from, rnd.int(1, 4))
    if (!run || (run[0] === first && run[1] === end)) continue
    used.add(at)
    extra.push(run)
  }
  const prefix = options.idPrefix ?? 's'
  return [...runs, ...extra].map(([first, end], n) => {
    const start = offsets.toCodePoint((all[first] as Word).start)
    const stop = offsets.toCodePoint((all[end - 1] as Word).end)
    return {
      id: `${prefix}${n.toString().padStart(6, '0')}`,
      start,
      end: stop,
      label: rnd.pick(LABELS),
      text: offsets.slice(start, stop),
    }
  })
}

/** Words [from, from + length) when they exist and share a paragraph; else the longest such prefix. */
function fitRun(all: readonly Word[], from: number, length: number): [number, number] | null {
  const first = all[from]
  if (!first) return null
  let end = from + 1
  while (end < from + length && all[end]?.paragraph === first.paragraph) end++
  return [from, end]
}
