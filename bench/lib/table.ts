/** The printed tables (plain text for the terminal, Markdown for the README). */
import type { CliFigureResult, CorpusFigureResult, LongFigureResult } from './results.ts'
import { fmt, targetText } from './results.ts'
import type { Summary } from './stats.ts'

type Row = string[]

function cell(s: Summary | null, unit: string): string {
  return s ? `${fmt(s.median, unit)} [${trim(s.min)}–${trim(s.max)}]` : 'failed'
}

const times = (r: number | null): string => (r === null ? '–' : `${r}×`)

function trim(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)
}

function verdict(met: boolean | null): string {
  return met === null ? '–' : met ? 'yes' : 'NO'
}

export function longRows(figures: LongFigureResult[]): Row[] {
  return [
    ['figure', 'Spanbench', 'plain DOM', 'text-annotator', 'vs plain', 'vs TA', 'target', 'met'],
    ...figures.map((f) => [
      f.title,
      cell(f.subjects.ours, f.unit),
      cell(f.subjects.plainDom, f.unit),
      cell(f.subjects.textAnnotator, f.unit),
      times(f.ratios.vsPlainDom),
      times(f.ratios.vsTextAnnotator),
      f.targets.map((t) => targetText(t, f.unit)).join('; ') || '–',
      verdict(f.met),
    ]),
  ]
}

export function corpusRows(figures: CorpusFigureResult[], sizes: number[]): Row[] {
  return [
    ['figure', ...sizes.map((s) => `${s.toLocaleString('en')} docs`), 'target', 'met'],
    ...figures.map((f) => [
      f.title,
      ...sizes.map((s) => cell(f.bySize[String(s)] ?? null, f.unit)),
      f.targets.map((t) => targetText(t, f.unit)).join('; ') || '–',
      verdict(f.met),
    ]),
  ]
}

export function cliRows(figures: CliFigureResult[]): Row[] {
  return [
    ['figure', 'median [min–max]', 'target', 'met'],
    ...figures.map((f) => [
      f.title,
      cell(f.summary, f.unit),
      f.targets.map((t) => targetText(t, f.unit)).join('; '),
      verdict(f.met),
    ]),
  ]
}

export function textTable(rows: Row[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows
    .map((r, n) => {
      const line = r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd()
      return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}

export function markdownTable(rows: Row[]): string {
  const [head, ...body] = rows
  if (!head) return ''
  const line = (r: Row) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(head), `|${head.map(() => ' --- |').join('')}`, ...body.map(line)].join('\n')
}
