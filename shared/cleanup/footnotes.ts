/**
 * Footnote markers ("morning.[1]", "Russians,²") and the reference list they
 * point into ("[1] https://…" lines near the end). Off unless asked for: a
 * researcher may want the sources, so they are proposed, never assumed.
 */
import { excerpt, lineRemovalEdits, splitLines, type Line } from './lines.ts'
import type { Proposal } from './types.ts'

const ENTRY = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]\s+(?=https?:|www\.)|\^)\s*\S/
const HEADING = /^\s*(?:references|notes|sources|footnotes|endnotes|citations)\s*:?\s*$/i
const MARKER = /\[(\d{1,3})\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

interface References {
  lines: number[]
  numbers: Set<number>
  start: number
  end: number
}

/** The last run of reference entries in the second half of the text, if any. */
export function findReferences(text: string, lines: readonly Line[]): References | null {
  let best: References | null = null
  let i = 0
  while (i < lines.length) {
    const run: number[] = []
    const numbers = new Set<number>()
    let j = i
    if (HEADING.test((lines[j] as Line).text)) run.push(j++)
    while (j < lines.length) {
      const line = lines[j] as Line
      const m = ENTRY.exec(line.text)
      if (m) {
        run.push(j)
        const n = Number(m[1] ?? m[2])
        if (Number.isFinite(n)) numbers.add(n)
      } else if (!line.blank) break
      j++
    }
    const entries = run.filter((k) => ENTRY.test((lines[k] as Line).text)).length
    const first = lines[run[0] ?? i] as Line
    if (entries >= 2 && first.start >= 0.4 * text.length) {
      best = { lines: run, numbers, start: first.start, end: (lines[run.at(-1) ?? i] as Line).end }
    }
    i = Math.max(j, i + 1)
  }
  return best
}

export function proposeFootnotes(text: string): Proposal[] {
  const lines = splitLines(text)
  const refs = findReferences(text, lines)
  const proposals: Proposal[] = []
  const seen = new Map<string, number>()
  for (const m of text.matchAll(MARKER)) {
    const start = m.index
    const end = start + m[0].length
    if (refs && start >= refs.start && start < refs.end) continue
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    if (text.slice(lineStart, start).trim() === '') continue
    const n = m[1] ?? [...m[0]].map((c) => SUPERSCRIPT.indexOf(c)).join('')
    const attached = !/\s/.test(text[start - 1] ?? ' ')
    const listed = refs?.numbers.has(Number(n)) ?? false
    if (!attached && !listed) continue
    const k = (seen.get(n) ?? 0) + 1
    seen.set(n, k)
    const from = attached ? start : start - 1
    proposals.push({
      id: `footnotes:marker:${n}:${k}`,
      edits: [{ start: from, end, insert: '' }],
      summary: `removed footnote marker ${m[0]}`,
      reason: listed
        ? `marker ${n} points into the reference list`
        : 'a numbered marker after a word',
      before: text.slice(Math.max(0, start - 20), end),
      after: text.slice(Math.max(0, start - 20), from),
      defaultOn: true,
    })
  }
  if (refs) {
    const removed = new Set(refs.lines)
    proposals.push({
      id: 'footnotes:references',
      edits: lineRemovalEdits(text, lines, removed),
      summary: `removed the reference list (${refs.numbers.size || refs.lines.length} entries)`,
      reason: 'numbered reference lines after the text',
      before: excerpt(text.slice(refs.start, refs.end)),
      after: '',
      defaultOn: true,
    })
  }
  return proposals
}
