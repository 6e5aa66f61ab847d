/** The benchmark's results: summaries, ratios and which targets hold, as written to results.json. */
import type { SubjectId } from '../browser/subjects.ts'
import {
  CLI_FIGURES,
  CORPUS_FIGURES,
  LONG_FIGURES,
  type CliFigureId,
  type CorpusFigureId,
  type LongFigureId,
  type Target,
} from './figures.ts'
import { summarize, type Summary } from './stats.ts'

export interface FigureResult {
  id: string
  title: string
  unit: string
  targets: Target[]
  /** null when the figure has no target. */
  met: boolean | null
  /** Each target missed, said with the numbers. */
  misses: string[]
}

export interface LongFigureResult extends FigureResult {
  /** null where every run of that page failed. */
  subjects: Record<SubjectId, Summary | null>
  /** Ours (median) over each baseline (median); null where either is missing. */
  ratios: { vsPlainDom: number | null; vsTextAnnotator: number | null }
}

export interface CorpusFigureResult extends FigureResult {
  bySize: Record<string, Summary>
}

export type LongRuns = Record<SubjectId, Record<LongFigureId, number[]>>
export type CorpusRunsBySize = Record<number, Record<CorpusFigureId, number[]>>

const round = (n: number): number => Math.round(n * 100) / 100

function ratio(a: Summary | null, b: Summary | null): number | null {
  if (!a || !b) return null
  return b.median > 0 ? round(a.median / b.median) : Number.POSITIVE_INFINITY
}

const summaryOf = (runs: readonly number[] | undefined): Summary | null =>
  runs?.length ? summarize(runs) : null

export function longResults(runs: LongRuns): LongFigureResult[] {
  return LONG_FIGURES.map((figure) => {
    const subjects = {
      ours: summaryOf(runs.ours[figure.id]),
      plainDom: summaryOf(runs.plainDom[figure.id]),
      textAnnotator: summaryOf(runs.textAnnotator[figure.id]),
    }
    const ratios = {
      vsPlainDom: ratio(subjects.ours, subjects.plainDom),
      vsTextAnnotator: ratio(subjects.ours, subjects.textAnnotator),
    }
    const t = figure.target
    const ours = subjects.ours?.median ?? Number.NaN
    const misses: string[] = []
    if (!subjects.ours && Object.keys(t).length) misses.push('not measured: every run failed')
    else if (t.max !== undefined && !(ours < t.max))
      misses.push(
        `${fmt(ours, figure.unit)} is not under ${fmt(t.max, figure.unit)} (${round(ours / t.max)}× the target)`,
      )
    if (t.maxVsPlainDom !== undefined && (ratios.vsPlainDom ?? 0) > t.maxVsPlainDom)
      misses.push(`${ratios.vsPlainDom}× plain DOM, over ${t.maxVsPlainDom}×`)
    if (t.maxVsTextAnnotator !== undefined && (ratios.vsTextAnnotator ?? 0) > t.maxVsTextAnnotator)
      misses.push(`${ratios.vsTextAnnotator}× text-annotator, over ${t.maxVsTextAnnotator}×`)
    return {
      id: figure.id,
      title: figure.title,
      unit: figure.unit,
      targets: Object.keys(t).length ? [t] : [],
      subjects,
      ratios,
      met: Object.keys(t).length ? misses.length === 0 : null,
      misses,
    }
  })
}

export function corpusResults(runs: CorpusRunsBySize): CorpusFigureResult[] {
  const sizes = Object.keys(runs)
    .map(Number)
    .sort((a, b) => a - b)
  return CORPUS_FIGURES.map((figure) => {
    const bySize: Record<string, Summary> = {}
    for (const size of sizes) {
      const values = runs[size]?.[figure.id]
      if (values?.length) bySize[String(size)] = summarize(values)
    }
    const misses: string[] = []
    for (const t of figure.targets) {
      if (t.maxGrowth !== undefined) {
        const first = bySize[String(sizes[0])]
        const last = bySize[String(sizes[sizes.length - 1])]
        const growth = first && last ? round(last.median / first.median) : 1
        if (growth > t.maxGrowth)
          misses.push(`grows ${growth}× from ${sizes[0]} to ${sizes[sizes.length - 1]} documents`)
        continue
      }
      for (const size of sizes) {
        if (t.atSize !== undefined && t.atSize !== size) continue
        const median = bySize[String(size)]?.median
        if (median === undefined) misses.push(`not measured at ${size} documents: the case failed`)
        else if (t.max !== undefined && !(median < t.max))
          misses.push(
            `${fmt(median, figure.unit)} at ${size} documents is not under ${fmt(t.max, figure.unit)} (${round(median / t.max)}× the target)`,
          )
      }
    }
    return {
      id: figure.id,
      title: figure.title,
      unit: figure.unit,
      targets: figure.targets,
      bySize,
      met: figure.targets.length ? misses.length === 0 : null,
      misses,
    }
  })
}

export interface CliFigureResult extends FigureResult {
  summary: Summary | null
}

export function cliResults(runs: Partial<Record<CliFigureId, number[]>>): CliFigureResult[] {
  return CLI_FIGURES.map((figure) => {
    const summary = summaryOf(runs[figure.id])
    const max = figure.target.max ?? Number.POSITIVE_INFINITY
    const misses = !summary
      ? ['not measured: the case failed']
      : summary.median < max
        ? []
        : [`${fmt(summary.median, figure.unit)} is not under ${fmt(max, figure.unit)}`]
    return {
      id: figure.id,
      title: figure.title,
      unit: figure.unit,
      targets: [figure.target],
      summary,
      met: misses.length === 0,
      misses,
    }
  })
}

/** A value with its unit, rounded for reading. */
export function fmt(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
  return `${value.toFixed(digits)} ${unit}`
}

export function targetText(t: Target, unit: string): string {
  const parts: string[] = []
  if (t.max !== undefined)
    parts.push(`< ${t.max} ${unit}${t.atSize ? ` at ${t.atSize.toLocaleString('en')}` : ''}`)
  if (t.maxVsPlainDom !== undefined) parts.push(`≤ ${t.maxVsPlainDom}× plain`)
  if (t.maxVsTextAnnotator !== undefined) parts.push(`≤ ${t.maxVsTextAnnotator}× TA`)
  if (t.maxGrowth !== undefined) parts.push(`flat (≤ ${t.maxGrowth}× growth)`)
  return parts.join(', ')
}
