import { describe, expect, it } from 'vitest'
import { utf16 } from '../../shared/text/offsets.ts'
import { Paragraphs } from './paragraphs.ts'
import { paragraphSegments, type ViewSpan } from './segments.ts'

describe('Paragraphs', () => {
  const p = new Paragraphs('ab\n\ncde\nf')
  it('splits on newlines and keeps empty paragraphs', () => {
    expect(p.texts).toEqual(['ab', '', 'cde', 'f'])
    expect(p.starts).toEqual([0, 3, 4, 8])
  })
  it('finds the paragraph of an offset', () => {
    expect([0, 1, 2, 3, 4, 7, 8].map((o) => p.indexAt(utf16(o)))).toEqual([0, 0, 0, 1, 2, 2, 3])
    expect(p.range(utf16(1), utf16(6))).toEqual([0, 2])
  })
})

describe('paragraphSegments', () => {
  const span = (id: string, start: number, end: number): ViewSpan => ({
    id,
    label: 'L',
    start: utf16(start),
    end: utf16(end),
  })
  it('cuts overlapping and nested spans into disjoint pieces, outermost first', () => {
    const outer = span('a', 10, 20)
    const inner = span('b', 12, 15)
    const overlap = span('c', 18, 25)
    const segs = paragraphSegments([outer, inner, overlap], utf16(10), utf16(30))
    expect(segs.map((s) => [s.start, s.end, s.spans.map((x) => x.id).join('')])).toEqual([
      [0, 2, 'a'],
      [2, 5, 'ab'],
      [5, 8, 'a'],
      [8, 10, 'ac'],
      [10, 15, 'c'],
    ])
    expect(segs[1]?.starting.map((s) => s.id)).toEqual(['b'])
  })
  it('clips spans that cross the paragraph edges', () => {
    const segs = paragraphSegments([span('a', 5, 40)], utf16(10), utf16(20))
    expect(segs).toHaveLength(1)
    expect([segs[0]?.start, segs[0]?.end, segs[0]?.starting.length]).toEqual([0, 10, 0])
  })
})
