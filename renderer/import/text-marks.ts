/**
 * The previewed text cut into pieces by where cleanup decisions sit, so the
 * dialog can mark them: what a decision changed (applied), what it would
 * change (not applied), and where lines were left out (a cut of no width).
 */
import type { DecisionView } from '../../shared/contract/import-api.ts'
import { OffsetMap } from '../../shared/text/offsets.ts'

export interface TextPiece {
  /** Empty for a cut: a place where text was left out. */
  text: string
  /** The decisions covering this piece (or cut here), in the preview's order. */
  decisions: string[]
  /** Whether any of them is applied. */
  applied: boolean
}

/** Pieces of `text` (code point ranges as the API gives them) covering it exactly once. */
export function markText(text: string, decisions: readonly DecisionView[]): TextPiece[] {
  const offsets = new OffsetMap(text)
  const length = offsets.codePointLength
  const cuts = new Map<number, DecisionView[]>()
  const bounds = new Set([0, length])
  const starting = new Map<number, Marked[]>()
  for (const decision of decisions) {
    for (const [s, e] of decision.ranges) {
      const start = clamp(s, length)
      const end = clamp(e, length)
      if (end <= start) {
        // Only an applied decision removed something here; an untouched one marks nothing.
        if (decision.applied) cuts.set(start, [...(cuts.get(start) ?? []), decision])
        continue
      }
      starting.set(start, [...(starting.get(start) ?? []), { end, decision }])
      bounds.add(start)
      bounds.add(end)
    }
  }
  const points = [...bounds].sort((a, b) => a - b)
  const pieces: TextPiece[] = []
  // A sweep: ranges open at their start and close at their end, both among the points.
  const open = new Set<Marked>()
  points.forEach((at, i) => {
    for (const m of open) if (m.end <= at) open.delete(m)
    for (const m of starting.get(at) ?? []) open.add(m)
    const cut = cuts.get(at)
    if (cut) pieces.push(piece('', cut))
    const next = points[i + 1]
    if (next === undefined) return
    const slice = offsets.slice(at, next)
    const last = pieces[pieces.length - 1]
    // Plain text runs on in one piece, however many cut points it crosses.
    if (open.size === 0 && last && last.decisions.length === 0) last.text += slice
    else
      pieces.push(
        piece(
          slice,
          [...open].map((m) => m.decision),
        ),
      )
  })
  return pieces
}

interface Marked {
  end: number
  decision: DecisionView
}

function piece(text: string, decisions: readonly DecisionView[]): TextPiece {
  return {
    text,
    decisions: [...new Set(decisions.map((d) => d.id))],
    applied: decisions.some((d) => d.applied),
  }
}

function clamp(at: number, length: number): number {
  return Math.max(0, Math.min(length, at))
}
