/**
 * Boilerplate: site furniture anywhere, and lines recurring in other texts
 * at this text's head or tail. Each flagged line is one decision, so a single
 * click keeps it; decisions are keyed by the line's words, so a choice made in
 * a preview still applies when the import sees fewer texts than the preview did.
 */
import type { Combine } from './cleaning.ts'
import { excerpt, lineRemovalEdits, splitLines } from './lines.ts'
import { recurrenceReason, type Overlap } from './overlap.ts'
import type { LineProfile } from './text-index.ts'
import type { Decision, Proposal } from './types.ts'

export function proposeBoilerplate(
  text: string,
  lines: readonly LineProfile[],
  overlap: Pick<Overlap, 'recurring'>,
  chosen: Readonly<Record<string, boolean>> = {},
): { proposals: Proposal[]; combine: Combine } {
  const all = splitLines(text)
  const lineOf = new Map<Proposal, number>()
  const flagged: { line: LineProfile; id: string; reason: string }[] = []
  const ids = boilerplateIds(lines)
  lines.forEach((l, k) => {
    const id = ids[k] ?? ''
    const recurs = overlap.recurring.get(l.index)
    const reason = l.furniture
      ? l.furniture.reason
      : recurs
        ? recurrenceReason(recurs)
        : chosen[id] === true
          ? 'marked as boilerplate in the preview'
          : null
    if (reason) flagged.push({ line: l, id, reason })
  })
  // Never propose leaving out every line: a text of nothing but boilerplate is kept whole.
  const everything = flagged.length === lines.length
  const proposals = flagged.map(({ line, id, reason }) => {
    const p: Proposal = {
      id,
      edits: lineRemovalEdits(text, all, new Set([line.index])),
      summary: `left out “${excerpt(line.line.text.trim(), 60)}”`,
      reason: everything ? `${reason} (but the whole text looks like boilerplate)` : reason,
      before: excerpt(line.line.text),
      after: '',
      defaultOn: !everything,
    }
    lineOf.set(p, line.index)
    return p
  })
  const combine: Combine = (current, picked) =>
    lineRemovalEdits(current, all, new Set(picked.map((p) => lineOf.get(p) ?? -1)))
  return { proposals, combine }
}

/** The decision id of each line: its words' hash, numbered when a line occurs twice. */
export function boilerplateIds(lines: readonly LineProfile[]): string[] {
  const seen = new Map<string, number>()
  return lines.map((l) => {
    const base = `boilerplate:${l.key.toString(36)}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}:${n}`
  })
}

/** The full text of the lines a cleaning left out as boilerplate. */
export function leftOutLines(
  lines: readonly LineProfile[],
  decisions: readonly Decision[],
): string[] {
  const applied = new Set(
    decisions.filter((d) => d.step === 'boilerplate' && d.applied).map((d) => d.id),
  )
  const ids = boilerplateIds(lines)
  return lines.filter((_, k) => applied.has(ids[k] ?? '')).map((l) => l.line.text.trim())
}
