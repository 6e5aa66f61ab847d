/**
 * Whitespace: runs of spaces inside a line become one space, lines lose the
 * spaces at their ends, and more than one blank line between paragraphs
 * becomes one. A single tab or no-break space between words is left alone.
 */
import type { Edit } from './edits.ts'
import { splitLines, type Line } from './lines.ts'
import type { Proposal } from './types.ts'

const H = '[ \\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]'
const INNER_RUN = new RegExp(`(?<=\\S)${H}{2,}(?=\\S)`, 'g')
const LEADING = new RegExp(`^${H}+`)
const TRAILING = new RegExp(`${H}+$`)

type Kind = 'runs' | 'line-ends' | 'blank-lines'

const WORDING: Record<Kind, (n: number) => [string, string]> = {
  runs: (n) => [`collapsed ${n} run${n === 1 ? '' : 's'} of spaces`, 'several spaces in a row'],
  'line-ends': (n) => [
    `trimmed spaces at ${n} line end${n === 1 ? '' : 's'}`,
    'spaces at the start or end of a line',
  ],
  'blank-lines': (n) => [
    `collapsed ${n} run${n === 1 ? '' : 's'} of blank lines`,
    'more than one blank line between paragraphs',
  ],
}

export function proposeSpaces(text: string): Proposal[] {
  const lines = splitLines(text)
  const found: Record<Kind, Edit[]> = { runs: [], 'line-ends': [], 'blank-lines': [] }
  const content = lines.flatMap((l, i) => (l.blank ? [] : [i]))
  const first = content[0]
  const last = content.at(-1)
  if (first === undefined || last === undefined) return []
  if (first > 0) found['blank-lines'].push(edit(0, (lines[first] as Line).start, ''))
  for (const [k, i] of content.entries()) {
    const line = lines[i] as Line
    lineEdits(line, found)
    const next = content[k + 1]
    if (next !== undefined && next - i > 1) {
      const gap = lines.slice(i + 1, next)
      if (gap.length > 1) {
        found['blank-lines'].push(edit(line.end, (lines[next] as Line).start, '\n\n'))
      } else if ((gap[0] as Line).text.length > 0) {
        found['line-ends'].push(edit((gap[0] as Line).start, (gap[0] as Line).end, ''))
      }
    }
  }
  const end = (lines[last] as Line).end
  if (end < text.length && text.slice(end) !== '\n') {
    found['blank-lines'].push(edit(end, text.length, '\n'))
  }
  return (Object.keys(found) as Kind[]).flatMap((kind) => {
    const edits = found[kind]
    const example = edits[0]
    if (!example) return []
    const [summary, reason] = WORDING[kind](edits.length)
    return [
      {
        id: `spaces:${kind}`,
        edits,
        summary,
        reason,
        before: JSON.stringify(text.slice(example.start, example.end)),
        after: JSON.stringify(example.insert),
        defaultOn: true,
      },
    ]
  })
}

function lineEdits(line: Line, found: Record<Kind, Edit[]>): void {
  const lead = LEADING.exec(line.text)?.[0].length ?? 0
  const trail = TRAILING.exec(line.text)?.[0].length ?? 0
  if (lead > 0) found['line-ends'].push(edit(line.start, line.start + lead, ''))
  for (const m of line.text.matchAll(INNER_RUN)) {
    found.runs.push(edit(line.start + m.index, line.start + m.index + m[0].length, ' '))
  }
  if (trail > 0) found['line-ends'].push(edit(line.end - trail, line.end, ''))
}

function edit(start: number, end: number, insert: string): Edit {
  return { start, end, insert }
}
