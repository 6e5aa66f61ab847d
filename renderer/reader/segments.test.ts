import { describe, expect, it } from 'vitest'
import { utf16 } from '../../shared/text/offsets.ts'
import { paragraphSegments, underlineTracks, type ViewSpan } from './segments.ts'

const span = (id: string, start: number, end: number, suggested = false): ViewSpan => ({
  id,
  label: id.toUpperCase(),
  start: utf16(start),
  end: utf16(end),
  ...(suggested ? { suggested } : {}),
})

describe('underlineTracks', () => {
  it('keeps each span on one track from its start to its end', () => {
    // attribution 0–40 ⊃ actor 4–28; figure 12–36 starts inside both.
    const tracks = underlineTracks([
      span('figure', 12, 36),
      span('actor', 4, 28),
      span('attr', 0, 40),
    ])
    expect(Object.fromEntries(tracks)).toEqual({ attr: 0, actor: 1, figure: 2 })
  })

  it('gives a track back once its span ends, and none to a proposal', () => {
    const tracks = underlineTracks([
      span('a', 0, 10),
      span('b', 5, 15),
      span('c', 10, 20),
      span('p', 0, 20, true),
    ])
    expect(Object.fromEntries(tracks)).toEqual({ a: 0, b: 1, c: 0 })
  })

  it('is the same map for every piece of a paragraph', () => {
    const segments = paragraphSegments([span('a', 0, 10), span('b', 5, 15)], utf16(0), utf16(20))
    expect(segments.map((s) => s.tracks.get('b'))).toEqual([1, 1, 1])
  })
})
