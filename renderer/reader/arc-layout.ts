/** A relation's ends, in the reader's scrolling coordinates (y: the top of the span's text). */
export interface ArcEnds {
  id: string
  label: string
  from: { x: number; y: number }
  to: { x: number; y: number }
}

export interface ArcGeometry {
  /** The room between a line's text and the text of the line above, where arcs and labels go. */
  gap: number
  /** The width the labels may use (the reader's scroll width). */
  width: number
  /** Width of one label character, in px. */
  charWidth: number
}

export interface PlacedArc {
  id: string
  label: string
  path: string
  /** The label's centre and baseline. */
  x: number
  y: number
  width: number
}

const LABEL_PAD = 6

/**
 * Arcs rise from each end into the gap above the higher end's line and no
 * further, so they never cross the words of the line above; their labels sit
 * in that gap on one row per line, pushed apart so no two overlap.
 */
export function layoutArcs(arcs: readonly ArcEnds[], g: ArcGeometry): PlacedArc[] {
  const rise = Math.max(6, g.gap - 4)
  const placed = arcs.map((arc) => {
    const top = Math.min(arc.from.y, arc.to.y)
    const width = arc.label.length * g.charWidth + LABEL_PAD
    return { arc, top, width, x: (arc.from.x + arc.to.x) / 2 }
  })
  const rows = new Map<number, typeof placed>()
  for (const p of placed) {
    const key = Math.round(p.top)
    rows.set(key, [...(rows.get(key) ?? []), p])
  }
  for (const row of rows.values()) spreadApart(row, g.width)
  return placed.map(({ arc, top, width, x }) => {
    const peak = top - rise
    const a = arc.from
    const b = arc.to
    return {
      id: arc.id,
      label: arc.label,
      path: `M ${a.x} ${a.y} C ${a.x} ${peak}, ${b.x} ${peak}, ${b.x} ${b.y - 2}`,
      x,
      // The label's baseline a little below the peak: the arc runs behind it.
      y: top - Math.max(2, rise / 2 - 4),
      width,
    }
  })
}

/** Moves the centres `x` of labels on one row apart so none overlaps, staying within [0, width]. */
function spreadApart(row: { x: number; width: number }[], width: number): void {
  row.sort((a, b) => a.x - b.x)
  let right = 0
  for (const label of row) {
    label.x = Math.max(label.x, right + label.width / 2)
    right = label.x + label.width / 2
  }
  // Past the right edge: walk back leftwards, keeping the gaps.
  let left = width
  for (let i = row.length - 1; i >= 0; i--) {
    const label = row[i]
    if (!label) continue
    label.x = Math.min(label.x, left - label.width / 2)
    left = label.x - label.width / 2
  }
}

/** Whether two placed labels overlap (for tests and checks). */
export function labelsOverlap(a: PlacedArc, b: PlacedArc, height: number): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 - 0.5 && Math.abs(a.y - b.y) < height - 0.5
}
