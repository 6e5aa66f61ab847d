/**
 * How well the casualty-figure parser reads a set of coded phrases: the share
 * read fully right (qualifier, outcome, low, best and high all as coded), and
 * the same per expected qualifier and per expected outcome. Used by the tests
 * and by `npx tsx scripts/casualty-accuracy.ts`, which prints the table.
 */
import { parseCasualtyFigure, type CasualtyParse } from './figure.ts'
import type { CasualtyFixture } from './figure.fixtures.ts'

/** A pattern for `s` that tolerates re-wrapping: any whitespace run, and a line break after a hyphen. */
export function flexible(s: string): RegExp {
  const escaped = s
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '-\\s*'))
  return new RegExp(escaped.join('\\s+'), 'g')
}

/** Offsets of the nth match of `part` in text[from, to). */
export function findPart(
  text: string,
  part: string,
  nth = 0,
  from = 0,
  to = text.length,
): [number, number] {
  const matches = [...text.slice(from, to).matchAll(flexible(part))]
  const m = matches[nth]
  if (!m) throw new Error(`"${part}" (#${nth}) not found in "${text.slice(from, to)}"`)
  return [from + m.index, from + m.index + m[0].length]
}

/** The parse of a fixture's span in its sentence. */
export function parseFixture(f: CasualtyFixture): CasualtyParse {
  const [a, b] = findPart(f.sentence, f.span, f.nth)
  return parseCasualtyFigure(f.sentence, a, b)
}

export interface Tally {
  right: number
  total: number
}

export interface AccuracyReport {
  overall: Tally
  byQualifier: Map<string, Tally>
  byOutcome: Map<string, Tally>
  misses: { fixture: CasualtyFixture; got: CasualtyParse }[]
}

function same(a: CasualtyParse, b: CasualtyParse): boolean {
  return (
    a.low === b.low &&
    a.best === b.best &&
    a.high === b.high &&
    a.qualifier === b.qualifier &&
    a.outcome === b.outcome
  )
}

function count(map: Map<string, Tally>, key: string, right: boolean): void {
  const t = map.get(key) ?? { right: 0, total: 0 }
  t.total++
  if (right) t.right++
  map.set(key, t)
}

export function accuracy(fixtures: readonly CasualtyFixture[]): AccuracyReport {
  const report: AccuracyReport = {
    overall: { right: 0, total: 0 },
    byQualifier: new Map(),
    byOutcome: new Map(),
    misses: [],
  }
  for (const f of fixtures) {
    const got = parseFixture(f)
    const right = same(got, f.expected)
    report.overall.total++
    if (right) report.overall.right++
    else report.misses.push({ fixture: f, got })
    count(report.byQualifier, f.expected.qualifier ?? '(none)', right)
    count(report.byOutcome, f.expected.outcome ?? '(none)', right)
  }
  return report
}

const share = (t: Tally): string =>
  `${t.right}/${t.total} (${((100 * t.right) / Math.max(1, t.total)).toFixed(1)}%)`

/** The report as a Markdown table, misses listed after it. */
export function formatAccuracy(name: string, r: AccuracyReport): string {
  const rows = [`| ${name} | fully right |`, '|---|---|', `| all | ${share(r.overall)} |`]
  for (const [q, t] of [...r.byQualifier].sort()) rows.push(`| qualifier ${q} | ${share(t)} |`)
  for (const [o, t] of [...r.byOutcome].sort()) rows.push(`| outcome ${o} | ${share(t)} |`)
  for (const m of r.misses)
    rows.push(
      `miss: "${m.fixture.span}" in "${m.fixture.sentence}" → ${JSON.stringify(m.got)}, coded ${JSON.stringify(m.fixture.expected)}`,
    )
  return rows.join('\n')
}
