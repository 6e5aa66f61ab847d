import { describe, expect, it } from 'vitest'
import { occurrencesOf } from './occurrences.ts'
import { openDocument } from './open-document.fixtures.ts'

describe('occurrencesOf', () => {
  it('proposes each untagged occurrence, in code points, with the span’s attributes', () => {
    const text = '🙂 Gaza, then Gaza City, then Gaza again.'
    const first = text.indexOf('Gaza')
    const { store } = openDocument(text, [
      { id: 's1', label: 'LOC', start: first - 1, end: first + 3, text: 'Gaza' },
    ])
    const found = occurrencesOf(store, 'Gaza', 'LOC', { kind: 'city' })
    // The emoji is two UTF-16 units but one code point: offsets are code points.
    expect(found.map(({ suggestion: s }) => [s.start, s.end, s.text])).toEqual([
      [13, 17, 'Gaza'],
      [29, 33, 'Gaza'],
    ])
    expect(found[0]?.suggestion).toMatchObject({
      label: 'LOC',
      source: 'corpus',
      reason: 'another occurrence of “Gaza”',
      attributes: { kind: 'city' },
    })
  })

  it('leaves out places already tagged with that label', () => {
    const { store } = openDocument('Gaza and Gaza', [
      { id: 'a', label: 'LOC', start: 0, end: 4, text: 'Gaza' },
      { id: 'b', label: 'LOC', start: 9, end: 13, text: 'Gaza' },
    ])
    expect(occurrencesOf(store, 'Gaza', 'LOC', undefined)).toEqual([])
    expect(occurrencesOf(store, 'Gaza', 'ORG', undefined)).toHaveLength(2)
  })
})
