/**
 * Unwraps hard-wrapped lines (text from PDFs and e-mail) into paragraphs.
 * A text counts as hard-wrapped when many of its lines break near one width;
 * then a line that reaches that width continues on the next line, while a
 * short one ends its paragraph, and lists, URLs and headings keep their breaks.
 */
import { applyEdits } from './edits.ts'
import { excerpt, splitLines, type Line } from './lines.ts'
import type { Proposal } from './types.ts'

const LIST_ITEM = /^\s*(?:[-*•▪◦‣–]|\d{1,3}[.)]|\[\d{1,3}\]|\(\w\))\s/
const URL_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/

/** The width lines wrap at, or null when the text does not look hard-wrapped. */
export function wrapWidth(lines: readonly Line[]): number | null {
  const inner: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line
    if (!line.blank && !(lines[i + 1] as Line).blank) inner.push(line.text.trim().length)
  }
  if (inner.length < 3) return null
  const sorted = [...inner].sort((a, b) => a - b)
  const width = sorted[Math.floor(0.9 * (sorted.length - 1))] ?? 0
  // Shorter lines are lists or verse; longer ones are paragraphs one per line.
  if (width < 40 || width > 250) return null
  const long = inner.filter((n) => n >= 0.7 * width).length
  return long >= 3 && long >= 0.5 * inner.length ? width : null
}

/** One proposal per paragraph whose lines get joined. */
export function proposeUnwrap(text: string): Proposal[] {
  const lines = splitLines(text)
  const width = wrapWidth(lines)
  if (width === null) return []
  const proposals: Proposal[] = []
  let i = 0
  while (i < lines.length) {
    if ((lines[i] as Line).blank) {
      i++
      continue
    }
    let j = i
    while (j + 1 < lines.length && !(lines[j + 1] as Line).blank) j++
    const block = lines.slice(i, j + 1)
    const edits = block.slice(0, -1).flatMap((line, k) => {
      const next = block[k + 1] as Line
      if (!continues(line, next, width)) return []
      const start = line.start + line.text.trimEnd().length
      const end = next.start + (next.text.length - next.text.trimStart().length)
      return [{ start, end, insert: ' ' }]
    })
    if (edits.length > 0) {
      const from = (block[0] as Line).start
      const before = text.slice(from, (block.at(-1) as Line).end)
      const local = edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from }))
      const after = applyEdits(before, local).text
      proposals.push({
        id: `unwrap:${proposals.length + 1}`,
        edits,
        summary: `joined ${edits.length + 1} lines into one paragraph`,
        reason: `the text wraps its lines at about ${width} characters`,
        before: excerpt(before),
        after: excerpt(after),
        defaultOn: true,
      })
    }
    i = j + 1
  }
  return proposals
}

/** Whether `line` runs on into `next` rather than ending where it does. */
function continues(line: Line, next: Line, width: number): boolean {
  const text = line.text.trim()
  if (LIST_ITEM.test(next.text) || URL_LINE.test(next.text) || URL_LINE.test(line.text))
    return false
  // A word split by a hyphen is the hyphenation step's call, not a space.
  if (/[\p{L}\p{N}]-$/u.test(text)) return false
  const nextWord = next.text.trim().split(/\s/, 1)[0] ?? ''
  // The line broke early only if the next word would have fitted.
  return text.length + 1 + nextWord.length >= 0.7 * width
}
