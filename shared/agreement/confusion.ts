/**
 * A confusion matrix of labels between two annotators: their spans paired by
 * overlap whatever the label (a maximum matching, as for overlap F1), each
 * pair counted under (a's label, b's label); a span left unpaired is counted
 * against NONE. A span tries partners of its own label first, so the
 * off-diagonal cells are spans the other annotator labelled differently.
 */
import { z } from 'zod'
import type { Span } from '../contract/model.ts'
import { overlapMatching } from './matching.ts'

export const NONE = '(none)'

export const ConfusionSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Row and column names: the labels, then NONE. */
  labels: z.array(z.string()),
  /** counts[i][j]: spans a labelled labels[i] paired with spans b labelled labels[j]. */
  counts: z.array(z.array(z.number().int().nonnegative())),
})
export type Confusion = z.infer<typeof ConfusionSchema>

export function emptyConfusion(a: string, b: string, labels: readonly string[]): Confusion {
  const names = [...labels, NONE]
  return { a, b, labels: names, counts: names.map(() => names.map(() => 0)) }
}

/** Adds one document's two layers (spans of other labels than the matrix's are ignored). */
export function addToConfusion(
  matrix: Confusion,
  spansA: readonly Span[],
  spansB: readonly Span[],
): void {
  const index = new Map(matrix.labels.map((l, i) => [l, i]))
  const none = matrix.labels.length - 1
  const keep = (s: Span) => index.has(s.label) && s.label !== NONE
  const as = spansA.filter(keep)
  const bs = spansB.filter(keep)
  const add = (i: number, j: number) => {
    const row = matrix.counts[i]
    if (row) row[j] = (row[j] ?? 0) + 1
  }
  const pairedA = new Set<number>()
  const pairedB = new Set<number>()
  for (const [i, j] of overlapMatching(as, bs, true)) {
    pairedA.add(i)
    pairedB.add(j)
    add(index.get(as[i]?.label ?? '') ?? none, index.get(bs[j]?.label ?? '') ?? none)
  }
  as.forEach((s, i) => pairedA.has(i) || add(index.get(s.label) ?? none, none))
  bs.forEach((s, j) => pairedB.has(j) || add(none, index.get(s.label) ?? none))
}
