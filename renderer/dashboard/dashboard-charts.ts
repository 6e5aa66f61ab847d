/**
 * The dashboard's charts, drawn with Observable Plot: each from rows that are
 * also what its CSV holds. Charts name their parts in the picture (cells,
 * facets, bar labels) instead of a colour legend, so a saved SVG or PNG is
 * readable on its own.
 */
import * as Plot from '@observablehq/plot'
import type { ClaimRow } from '../../shared/corpus/claims.ts'
import { csvLine } from '../../shared/formats/csv.ts'
import type { CorpusStats } from '../../shared/contract/stats-api.ts'
import { STATUS_TEXT } from '../../shared/contract/model.ts'
import { chartElement } from '../team/chart-element.ts'

export interface StatusRow {
  annotator: string
  status: string
  documents: number
}
export interface LabelRow {
  label: string
  spans: number
}
export interface MonthRow {
  /** YYYY-MM. */
  month: string
  outcome: string
  figures: number
  people: number
}
export interface TopRow {
  name: string
  figures: number
  people: number
}

const STYLE = { fontSize: '12px', background: '#ffffff' }

export function statusRows(stats: CorpusStats): StatusRow[] {
  const progress = stats.progress.length
    ? stats.progress
    : [{ annotator: stats.annotator, assigned: null, byStatus: stats.byStatus }]
  return progress.flatMap(({ annotator, assigned, byStatus }) => {
    const counted = Object.values(byStatus).reduce((a, n) => a + (n ?? 0), 0)
    // Documents they have no file for are new to them.
    const unopened = (assigned ?? stats.documents) - counted
    const all: Record<string, number | undefined> = { ...byStatus }
    if (unopened > 0) all['new'] = (all['new'] ?? 0) + unopened
    return Object.entries(all).map(([status, documents]) => ({
      annotator,
      status: STATUS_TEXT[status as keyof typeof STATUS_TEXT] ?? status,
      documents: documents ?? 0,
    }))
  })
}

export function labelRows(stats: CorpusStats): LabelRow[] {
  return Object.entries(stats.byLabel).map(([label, spans]) => ({ label, spans }))
}

/** The month of a claim's document date (YYYY-MM), or null when it has none. */
function monthOf(date: string): string | null {
  const parsed = new Date(date)
  return date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 7) : null
}

/** The people a figure counts: its best estimate, else its low one. */
const people = (c: ClaimRow): number => c.best ?? c.low ?? 0

export function monthRows(claims: readonly ClaimRow[]): { rows: MonthRow[]; undated: number } {
  const rows = new Map<string, MonthRow>()
  let undated = 0
  for (const c of claims) {
    const month = monthOf(c.date)
    if (!month) {
      undated++
      continue
    }
    const outcome = c.outcome || 'unknown'
    const key = `${month}\u0000${outcome}`
    const row = rows.get(key) ?? { month, outcome, figures: 0, people: 0 }
    row.figures++
    row.people += people(c)
    rows.set(key, row)
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.outcome.localeCompare(b.outcome),
  )
  return { rows: sorted, undated }
}

export function topRows(
  claims: readonly ClaimRow[],
  field: 'perpetrator' | 'victim' | 'source',
): TopRow[] {
  const rows = new Map<string, TopRow>()
  for (const c of claims) {
    const name = c[field].trim()
    if (!name) continue
    const row = rows.get(name) ?? { name, figures: 0, people: 0 }
    row.figures++
    row.people += people(c)
    rows.set(name, row)
  }
  return [...rows.values()]
    .sort((a, b) => b.people - a.people || b.figures - a.figures)
    .slice(0, 10)
}

export function rowsCsv<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  return csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => cell(r[c])))).join('')
}

function cell(value: unknown): string | number | null {
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

export function statusChart(rows: readonly StatusRow[]): SVGSVGElement {
  const statuses = Object.values(STATUS_TEXT)
  return chartElement(
    Plot.plot({
      style: STYLE,
      marginLeft: 110,
      height: 50 + 34 * new Set(rows.map((r) => r.annotator)).size,
      width: 640,
      x: { label: null, domain: statuses, axis: 'top' },
      y: { label: null },
      color: { type: 'linear', range: ['#eef3fb', '#1d4f91'] },
      marks: [
        Plot.cell(rows, { x: 'status', y: 'annotator', fill: 'documents', inset: 1 }),
        Plot.text(rows, { x: 'status', y: 'annotator', text: 'documents' }),
      ],
    }),
    'Documents by status, per annotator',
  )
}

export function labelChart(
  rows: readonly LabelRow[],
  colors: ReadonlyMap<string, string>,
): SVGSVGElement {
  return chartElement(
    Plot.plot({
      style: STYLE,
      marginLeft: 140,
      width: 640,
      height: 40 + 30 * rows.length,
      x: { label: 'spans', grid: true },
      y: { label: null },
      marks: [
        Plot.barX(rows, {
          y: 'label',
          x: 'spans',
          fill: (r: LabelRow) => colors.get(r.label) ?? '#888888',
        }),
        Plot.text(rows, { y: 'label', x: 'spans', text: 'spans', dx: 12 }),
        Plot.ruleX([0]),
      ],
    }),
    'Spans per label',
  )
}

/** "May 2020" for 2020-05: a name, so the chart reads months as categories, not dates. */
function monthName(row: MonthRow): string {
  const [year, month] = row.month.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)).toLocaleString('en', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export function monthChart(rows: readonly MonthRow[]): SVGSVGElement {
  return chartElement(
    Plot.plot({
      style: STYLE,
      width: 640,
      marginRight: 90,
      marginBottom: 50,
      height: 60 + 90 * new Set(rows.map((r) => r.outcome)).size,
      x: { label: null, tickRotate: -30, domain: [...new Set(rows.map(monthName))] },
      y: { label: 'people (best estimate)', grid: true },
      fy: { label: null },
      marks: [
        Plot.barY(rows, { x: monthName, y: 'people', fy: 'outcome', fill: '#1d4f91' }),
        Plot.text(rows, { x: monthName, y: 'people', fy: 'outcome', text: 'people', dy: -6 }),
        Plot.ruleY([0]),
      ],
    }),
    'Casualty figures over time, by outcome',
  )
}

export function topChart(rows: readonly TopRow[], what: string): SVGSVGElement {
  return chartElement(
    Plot.plot({
      style: STYLE,
      marginLeft: 180,
      marginRight: 70,
      width: 640,
      height: 40 + 28 * rows.length,
      x: { label: 'people (best estimate)', grid: true },
      y: { label: null, domain: rows.map((r) => r.name) },
      marks: [
        Plot.barX(rows, { y: 'name', x: 'people', fill: '#8a5a00' }),
        Plot.text(rows, {
          y: 'name',
          x: 'people',
          text: (r: TopRow) => `${r.people} (${r.figures})`,
          dx: 24,
        }),
        Plot.ruleX([0]),
      ],
    }),
    `Casualty figures by ${what}`,
  )
}
