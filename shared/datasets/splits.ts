/**
 * Train / dev / test splits by document, so no document's sentences leak
 * from training into evaluation. The split is a function of the document
 * ids, the ratios and the seed only: ids are sorted first, then shuffled by
 * a seeded generator (mulberry32), so the same seed gives the same split on
 * any machine and in any listing order.
 *
 * Documents are dealt to the splits in turn, each going to the split
 * furthest below its share so far, so every split stays as close to its
 * share as whole documents allow. Stratified splits deal the strata one
 * after another, rarest first: a document belongs to the stratum of its
 * rarest label (the label with the fewest documents in the export, ties by
 * id; documents without spans form their own stratum), so each label's
 * documents are spread over the splits by the ratios, not only the total.
 */
export const SPLIT_NAMES = ['train', 'dev', 'test'] as const
export type SplitName = (typeof SPLIT_NAMES)[number]

export interface SplitSpec {
  /** Shares of train, dev and test; they need not sum to 100. */
  ratios: readonly [number, number, number]
  seed: number
  stratify: boolean
}

/** Parses "80/10/10" (or "80/20", which leaves test empty). */
export function parseRatios(text: string): [number, number, number] {
  const parts = text.split('/').map((p) => p.trim())
  const numbers = parts.map(Number)
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    numbers.some((n) => !Number.isFinite(n) || n < 0) ||
    numbers.every((n) => n === 0)
  ) {
    throw new Error(`split ${text}: give train/dev/test shares such as 80/10/10`)
  }
  return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0]
}

/** A seeded generator of floats in [0, 1): mulberry32, small and well mixed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A copy of `items` in an order drawn from `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

export interface SplitItem {
  id: string
  /** The labels of the document's spans (repeats allowed). */
  labels: readonly string[]
}

/** The split of every document. */
export function assignSplits(items: readonly SplitItem[], spec: SplitSpec): Map<string, SplitName> {
  const random = seededRandom(spec.seed)
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const strata = new Map<string, string[]>()
  const docsWith = new Map<string, number>()
  if (spec.stratify) {
    for (const item of sorted)
      for (const label of new Set(item.labels)) docsWith.set(label, (docsWith.get(label) ?? 0) + 1)
  }
  for (const item of sorted) {
    const rarest = spec.stratify
      ? [...new Set(item.labels)].sort(
          (a, b) => (docsWith.get(a) ?? 0) - (docsWith.get(b) ?? 0) || (a < b ? -1 : 1),
        )[0]
      : undefined
    const key = rarest ?? ''
    const stratum = strata.get(key)
    if (stratum) stratum.push(item.id)
    else strata.set(key, [item.id])
  }
  const order = [...strata.keys()].sort(
    (a, b) => (docsWith.get(a) ?? Infinity) - (docsWith.get(b) ?? Infinity) || (a < b ? -1 : 1),
  )
  const total = spec.ratios.reduce((a, b) => a + b, 0)
  const counts = SPLIT_NAMES.map(() => 0)
  const result = new Map<string, SplitName>()
  let dealt = 0
  for (const key of order) {
    for (const id of shuffled(strata.get(key) ?? [], random)) {
      dealt++
      let best = 0
      let bestDeficit = -Infinity
      SPLIT_NAMES.forEach((_, i) => {
        const deficit = ((spec.ratios[i] ?? 0) * dealt) / total - (counts[i] ?? 0)
        if ((spec.ratios[i] ?? 0) > 0 && deficit > bestDeficit) {
          best = i
          bestDeficit = deficit
        }
      })
      counts[best] = (counts[best] ?? 0) + 1
      result.set(id, SPLIT_NAMES[best] ?? 'train')
    }
  }
  return result
}
