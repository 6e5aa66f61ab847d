import { describe, expect, it } from 'vitest'
import { labelsOverlap, layoutArcs, type ArcEnds } from './arc-layout.ts'

const GEOMETRY = { gap: 22, width: 600, charWidth: 6 }
const arc = (id: string, label: string, x1: number, x2: number, y = 100, y2 = y): ArcEnds => ({
  id,
  label,
  from: { x: x1, y },
  to: { x: x2, y: y2 },
})

describe('layoutArcs', () => {
  it('keeps three labels over one line apart (seed 000: claimed by, location, victim)', () => {
    const placed = layoutArcs(
      [
        arc('r1', 'claimed by', 200, 260),
        arc('r2', 'location', 205, 250),
        arc('r3', 'victim', 210, 240),
      ],
      GEOMETRY,
    )
    for (const a of placed)
      for (const b of placed)
        if (a !== b) expect(labelsOverlap(a, b, 12), `${a.label}/${b.label}`).toBe(false)
  })

  it('never rises above the gap between the line and the one above it', () => {
    const [placed] = layoutArcs([arc('r1', 'victim', 20, 580)], GEOMETRY)
    const peak = Number(/C [\d.]+ ([\d.]+)/.exec(placed?.path ?? '')?.[1])
    expect(peak).toBeGreaterThanOrEqual(100 - GEOMETRY.gap)
    expect(placed?.y).toBeGreaterThan(100 - GEOMETRY.gap + 10)
  })

  it('keeps labels inside the width, pushing them back from the right edge', () => {
    const placed = layoutArcs(
      [arc('r1', 'perpetrator', 590, 595), arc('r2', 'perpetrator', 592, 598)],
      GEOMETRY,
    )
    for (const p of placed) expect(p.x + p.width / 2).toBeLessThanOrEqual(600)
    expect(labelsOverlap(placed[0]!, placed[1]!, 12)).toBe(false)
  })

  it('labels on different lines do not push each other', () => {
    const placed = layoutArcs(
      [arc('r1', 'victim', 100, 140), arc('r2', 'victim', 100, 140, 140)],
      GEOMETRY,
    )
    expect(placed.map((p) => p.x)).toEqual([120, 120])
  })
})
