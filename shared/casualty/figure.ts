/**
 * The casualty-figure parser: from a highlighted span and its sentence, the
 * low / best / high counts, the qualifier and the outcome a conflict researcher
 * would code (DESIGN.md §6). The conventions follow ACLED and UCDP GED and are
 * documented for researchers in docs/casualty-conventions.md. Pure: no Node, no DOM.
 */

import { findCues, outcomeOfHarms } from './outcome.ts'
import { FigureReader, type Reading } from './reader.ts'
import { tokenizeForFigures, type FigureToken } from './number-words.ts'
import { sentenceAround } from '../text/sentences.ts'
import type { CasualtyParse, Qualifier } from './types.ts'

export { sentenceAround }

export type { CasualtyParse, Outcome, Qualifier } from './types.ts'

const DASH = '—'

/** The coding conventions, as shown to users; each row's examples are checked by the tests. */
export const CASUALTY_CONVENTIONS: readonly {
  wording: string
  qualifier: Qualifier
  low: string
  best: string
  high: string
}[] = [
  {
    wording: '"22 people", "six", "half a dozen"',
    qualifier: 'exact',
    low: 'N',
    best: 'N',
    high: 'N',
  },
  {
    wording: '"at least N", "no fewer than N", "N or more"',
    qualifier: 'at_least',
    low: 'N',
    best: 'N',
    high: DASH,
  },
  {
    wording: '"more than N", "over N", "upwards of N", "in excess of N"',
    qualifier: 'more_than',
    low: 'N',
    best: 'N',
    high: DASH,
  },
  {
    wording: '"up to N", "as many as N", "no more than N"',
    qualifier: 'up_to',
    low: DASH,
    best: 'N',
    high: 'N',
  },
  {
    wording: '"fewer than N", "less than N", "under N"',
    qualifier: 'up_to',
    low: DASH,
    best: DASH,
    high: 'N',
  },
  {
    wording:
      '"about N", "around N", "some N", "nearly N", "almost N", "close to N", "an estimated N"',
    qualifier: 'about',
    low: DASH,
    best: 'N',
    high: DASH,
  },
  {
    wording: '"between A and B", "A to B", "A-B", "A or B"',
    qualifier: 'about',
    low: 'A',
    best: DASH,
    high: 'B',
  },
  { wording: '"tens"', qualifier: 'vague', low: '10', best: '10', high: DASH },
  { wording: '"dozens", "several dozen"', qualifier: 'vague', low: '12', best: '12', high: DASH },
  { wording: '"scores"', qualifier: 'vague', low: '20', best: '20', high: DASH },
  {
    wording: '"hundreds", "several hundred"',
    qualifier: 'vague',
    low: '100',
    best: '100',
    high: DASH,
  },
  { wording: '"thousands"', qualifier: 'vague', low: '1000', best: '1000', high: DASH },
  { wording: '"tens of thousands"', qualifier: 'vague', low: '10000', best: '10000', high: DASH },
  {
    wording: '"hundreds of thousands"',
    qualifier: 'vague',
    low: '100000',
    best: '100000',
    high: DASH,
  },
  { wording: '"millions"', qualifier: 'vague', low: '1000000', best: '1000000', high: DASH },
  {
    wording: '"several", "a number of", "an unspecified number of", "many"',
    qualifier: 'vague',
    low: DASH,
    best: DASH,
    high: DASH,
  },
]

/** How far from the span, in UTF-16 units, the sentence is read. */
const REACH = 2000

const NOTHING: CasualtyParse = { low: null, best: null, high: null, qualifier: null, outcome: null }

/**
 * Parses a casualty figure span; `text` is the whole document text, [start, end)
 * the span in UTF-16 offsets (the sentence around it is found from text).
 * The first count in the span is the figure; qualifiers just before the span
 * ("at least" outside a highlighted "6 members") count too. A span whose only
 * numbers are not counts (dates, years, footnote markers, percentages) gives
 * all nulls, as does one with nothing to read.
 */
export function parseCasualtyFigure(text: string, start: number, end: number): CasualtyParse {
  const a = Math.max(0, Math.min(text.length, Math.min(start, end)))
  const b = Math.max(0, Math.min(text.length, Math.max(start, end)))
  const [s, e] = sentenceAround(text, a, b)
  // No real sentence runs this far; the cap keeps unpunctuated text (a bad PDF
  // extraction, a table) from costing the whole document per span.
  const from = Math.min(a, Math.max(s, a - REACH))
  const tokens = tokenizeForFigures(text, from, Math.max(b, Math.min(e, b + REACH)))
  // A partly selected token is read whole: "709" of "1,709", "4" of "M4".
  const inSpan = tokens.flatMap((t, k) => (t.end > a && t.start < b ? [k] : []))
  const first = inSpan[0]
  const last = inSpan[inSpan.length - 1]
  if (first === undefined || last === undefined) return { ...NOTHING }
  const reader = new FigureReader(tokens)
  let sawNumber = false
  for (let i = first; i <= last; i++) {
    const reading = reader.readAt(i)
    if (reading?.kind === 'figure') return withCoordinated(reader, tokens, reading, last)
    if (reading?.kind === 'not-a-count') sawNumber = true
  }
  if (sawNumber) return { ...NOTHING }
  // No count at all ("the casualties", "the killed soldier"): the span's own harm words still say what happened.
  const own = findCues(tokens).filter((c) => c.start >= first && c.end <= last + 1)
  return { ...NOTHING, outcome: outcomeOfHarms(own.map((c) => c.harm)) }
}

type FigureReading = Extract<Reading, { kind: 'figure' }>

/**
 * "two women and two children", "three soldiers, two officers and a child": the
 * figures of one list inside the span, counting the same kind of thing with the
 * same harm and qualifier, are one figure of their sum.
 */
function withCoordinated(
  reader: FigureReader,
  tokens: readonly FigureToken[],
  first: FigureReading,
  last: number,
): CasualtyParse {
  const sum = { ...first.parse }
  const counts = first.head === 'person' || first.head === 'materiel'
  for (let k = first.end; counts && k <= last;) {
    let next = k
    if (tokens[next]?.norm === ',') next++
    if (tokens[next]?.norm === 'and') next++
    if (next === k || next > last) break
    const reading = reader.readAt(next)
    if (reading?.kind !== 'figure' || reading.head !== first.head) break
    const p = reading.parse
    if (p.qualifier !== sum.qualifier || p.outcome !== sum.outcome) break
    const add = (a: number | null, b: number | null): number | null =>
      a === null || b === null ? null : a + b
    sum.low = add(sum.low, p.low)
    sum.best = add(sum.best, p.best)
    sum.high = add(sum.high, p.high)
    k = reading.end
  }
  return sum
}
