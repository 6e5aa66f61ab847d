/** Lines and paragraphs of a text with their UTF-16 offsets, for steps that work line by line. */

export interface Line {
  /** Offset of the first character and of the newline (or the end of the text). */
  start: number
  end: number
  text: string
  blank: boolean
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(start, end)
    lines.push({ start, end, text: line, blank: line.trim().length === 0 })
    if (nl < 0) return lines
    start = nl + 1
  }
}

/** A shortened copy for previews: long snippets keep their start and end. */
export function excerpt(text: string, max = 240): string {
  if (text.length <= max) return text
  const half = Math.floor((max - 1) / 2)
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`
}

/** The ranges that remove whole lines: runs of removed lines (and blank lines between) go together. */
export function lineRemovalEdits(
  text: string,
  lines: readonly Line[],
  removed: ReadonlySet<number>,
): { start: number; end: number; insert: string }[] {
  const edits: { start: number; end: number; insert: string }[] = []
  let i = 0
  while (i < lines.length) {
    if (!removed.has(i)) {
      i++
      continue
    }
    let last = i
    let j = i + 1
    while (j < lines.length && (removed.has(j) || lines[j]?.blank)) {
      if (removed.has(j)) last = j
      j++
    }
    const next = lines.slice(last + 1).findIndex((l) => !l.blank)
    const first = lines[i] as Line
    if (next >= 0) {
      // Followed by kept text: remove from this line to the next kept line.
      const nextStart = lines[last + 1 + next]?.start ?? text.length
      edits.push({ start: first.start, end: nextStart, insert: '' })
    } else {
      // At the end: remove from the end of the previous kept line, keeping a final newline.
      let prev = i - 1
      while (prev >= 0 && lines[prev]?.blank) prev--
      const from = prev >= 0 ? (lines[prev] as Line).end : first.start
      const to = (lines[last] as Line).end
      edits.push({ start: from, end: to, insert: '' })
    }
    i = last + 1
  }
  return edits
}
