import type { PrfSchema } from './report.ts'
import type { z } from 'zod'

/** Precision, recall and F1 from matched counts; null where a ratio has nothing to divide by. */
export type Prf = z.infer<typeof PrfSchema>

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp
  into.fp += more.fp
  into.fn += more.fn
}

/**
 * `a` is read as the prediction and `b` as the reference: precision is the
 * share of a's items that b has, recall the share of b's that a has. F1 is
 * symmetric, 2·tp / (2·tp + fp + fn).
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null,
  }
}
