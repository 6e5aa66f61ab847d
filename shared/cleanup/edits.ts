/**
 * Text edits and the position map they induce. Cleanup steps propose edits on
 * their input; the pipeline applies the chosen ones and maps every earlier
 * decision's range through them, so a preview can point at each change in the
 * final text.
 */

/** One replacement: UTF-16 range [start, end) of the input becomes `insert`. */
export interface Edit {
  start: number
  end: number
  insert: string
}

/** Maps UTF-16 positions of a text to the text after a set of edits. */
export class PositionMap {
  /** Sum of the length changes of the first i edits. */
  private readonly shift: number[]

  /** `edits` are sorted and do not overlap (as `applyEdits` guarantees). */
  constructor(private readonly edits: readonly Edit[]) {
    this.shift = [0]
    for (const e of edits) {
      this.shift.push((this.shift.at(-1) ?? 0) + e.insert.length - (e.end - e.start))
    }
  }

  /**
   * Where `pos` lands after the edits. A position inside a replaced range, or
   * at an insertion, lands at the start of the new text (`assoc` -1) or its end
   * (`assoc` 1).
   */
  map(pos: number, assoc: -1 | 1 = 1): number {
    // Edits wholly before `pos` come first (ends are sorted too): binary search their count.
    let lo = 0
    let hi = this.edits.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const e = this.edits[mid] as Edit
      const before = e.end < pos || (e.end === pos && (e.start < e.end || assoc > 0))
      if (before) lo = mid + 1
      else hi = mid
    }
    const shift = this.shift[lo] ?? 0
    const next = this.edits[lo]
    if (next && next.start < pos && pos < next.end) {
      return next.start + shift + (assoc < 0 ? 0 : next.insert.length)
    }
    return pos + shift
  }
}

/** Applies edits; they must not overlap. Returns the new text and the position map. */
export function applyEdits(
  text: string,
  edits: readonly Edit[],
): { text: string; map: PositionMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const parts: string[] = []
  let at = 0
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`)
    parts.push(text.slice(at, e.start), e.insert)
    at = e.end
  }
  parts.push(text.slice(at))
  return { text: parts.join(''), map: new PositionMap(sorted) }
}
