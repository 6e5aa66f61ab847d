/** The agreement heatmap: one cell per label and annotator pair, coloured by F1, drawn with Observable Plot. */
import * as Plot from '@observablehq/plot'
import type { Confusion } from '../../shared/agreement/confusion.ts'
import type { AgreementReport } from '../../shared/agreement/report.ts'
import { chartElement } from './chart-element.ts'

export type Matching = 'exact' | 'overlap'

interface Cell {
  pair: string
  label: string
  f1: number | null
}

export function agreementCells(report: AgreementReport, matching: Matching): Cell[] {
  return report.pairs.map((p) => ({
    pair: `${p.a} × ${p.b}`,
    label: p.label === '*' ? 'all labels' : p.label,
    f1: p[matching].f1,
  }))
}

export function agreementHeatmap(report: AgreementReport, matching: Matching): SVGSVGElement {
  const cells = agreementCells(report, matching)
  const chart = Plot.plot({
    marginLeft: 140,
    marginBottom: 50,
    padding: 0.04,
    width: Math.max(360, 140 + 140 * new Set(cells.map((c) => c.pair)).size),
    height: 40 + 36 * new Set(cells.map((c) => c.label)).size,
    style: { fontSize: '12px', background: '#ffffff' },
    x: { label: null, axis: 'bottom' },
    y: { label: null },
    color: { type: 'linear', domain: [0, 1], range: ['#fde0dd', '#1d4f91'], unknown: '#eeeeee' },
    marks: [
      Plot.cell(cells, { x: 'pair', y: 'label', fill: 'f1', inset: 1 }),
      Plot.text(cells, {
        x: 'pair',
        y: 'label',
        text: (c: Cell) => (c.f1 === null ? 'n/a' : c.f1.toFixed(2)),
        fill: (c: Cell) => (c.f1 !== null && c.f1 > 0.55 ? '#ffffff' : '#111111'),
      }),
    ],
  })
  return chartElement(chart, `Span F1 (${matching} match) per label and annotator pair`)
}

/** The confusion matrix of labels between two annotators, one cell per (a's label, b's label). */
export function confusionChart(matrix: Confusion): SVGSVGElement {
  const cells = matrix.labels.flatMap((row, i) =>
    matrix.labels.map((column, j) => ({ row, column, count: matrix.counts[i]?.[j] ?? 0 })),
  )
  const max = Math.max(1, ...cells.map((c) => c.count))
  const chart = Plot.plot({
    marginLeft: 140,
    marginBottom: 60,
    padding: 0.04,
    width: 160 + 90 * matrix.labels.length,
    height: 70 + 36 * matrix.labels.length,
    style: { fontSize: '12px', background: '#ffffff' },
    x: { label: `${matrix.b} →`, axis: 'bottom', domain: matrix.labels, tickRotate: -20 },
    y: { label: `${matrix.a} ↓`, domain: matrix.labels },
    color: { type: 'linear', domain: [0, max], range: ['#f4f4f0', '#1d4f91'] },
    marks: [
      Plot.cell(cells, { x: 'column', y: 'row', fill: 'count', inset: 1 }),
      Plot.text(cells, {
        x: 'column',
        y: 'row',
        text: 'count',
        fill: (c: { count: number }) => (c.count > max / 2 ? '#ffffff' : '#111111'),
      }),
    ],
  })
  return chartElement(chart, `Labels of ${matrix.a} (rows) against ${matrix.b} (columns)`)
}
