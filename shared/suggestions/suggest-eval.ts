/**
 * Measuring suggestions against annotations: which documents are held out
 * (a seeded share of the annotated ones, by the dataset export's splitter),
 * and precision, recall and F1 per label and source, for exact extents and for
 * any overlap. Pure: no Node, no DOM.
 */
import { assignSplits } from '../datasets/splits.ts'

export interface LabeledExtent {
  start: number
  end: number
  label: string
}

/** The ids of a seeded `percent`% of the documents: the held-out set. */
export function heldOut(ids: readonly string[], percent: number, seed: number): Set<string> {
  if (!(percent >= 0 && percent <= 100))
    throw new Error(`--holdout ${percent}: a share from 0 to 100`)
  const splits = assignSplits(
    ids.map((id) => ({ id, labels: [] })),
    { ratios: [100 - percent, 0, percent], seed, stratify: false },
  )
  return new Set([...splits].filter(([, split]) => split === 'test').map(([id]) => id))
}

export interface Score {
  /** Suggestions that match a span, spans found, suggestions made, spans there are. */
  matched: number
  found: number
  suggested: number
  gold: number
  precision: number
  recall: number
  f1: number
}

export interface EvaluationRow {
  label: string
  /** A source, or "all" for what the app shows. */
  source: string
  exact: Score
  overlap: Score
}

/** One held-out document: its annotations and one source's (or all) suggestions. */
export interface EvaluationCase {
  gold: readonly LabeledExtent[]
  suggestions: readonly LabeledExtent[]
}

function score(cases: readonly EvaluationCase[], label: string, exact: boolean): Score {
  const fits = (a: LabeledExtent, b: LabeledExtent): boolean =>
    a.label === b.label &&
    (exact ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end)
  let matched = 0
  let found = 0
  let suggested = 0
  let gold = 0
  for (const c of cases) {
    const g = c.gold.filter((x) => x.label === label)
    const s = c.suggestions.filter((x) => x.label === label)
    gold += g.length
    suggested += s.length
    matched += s.filter((x) => g.some((y) => fits(x, y))).length
    found += g.filter((y) => s.some((x) => fits(x, y))).length
  }
  const precision = suggested ? matched / suggested : 0
  const recall = gold ? found / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { matched, found, suggested, gold, precision, recall, f1 }
}

/** Rows for every label of the gold spans, for one source's cases. */
export function evaluate(
  source: string,
  cases: readonly EvaluationCase[],
  labels: readonly string[],
): EvaluationRow[] {
  return labels.map((label) => ({
    label,
    source,
    exact: score(cases, label, true),
    overlap: score(cases, label, false),
  }))
}

const n = (x: number): string => x.toFixed(2)

/** The rows as a Markdown table. */
export function formatEvaluation(rows: readonly EvaluationRow[]): string {
  const lines = [
    '| label | source | spans | suggested | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.source} | ${r.exact.gold} | ${r.exact.suggested} | ${n(r.exact.precision)} | ${n(r.exact.recall)} | ${n(r.exact.f1)} | ${n(r.overlap.precision)} | ${n(r.overlap.recall)} | ${n(r.overlap.f1)} |`,
    )
  }
  return `${lines.join('\n')}\n`
}
