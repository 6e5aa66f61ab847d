import { describe, expect, it } from 'vitest'
import { applyEdits } from './edits.ts'

describe('applyEdits', () => {
  it('replaces ranges and maps positions through them', () => {
    const { text, map } = applyEdits('one  two\nthree', [
      { start: 3, end: 5, insert: ' ' },
      { start: 8, end: 9, insert: ' ' },
    ])
    expect(text).toBe('one two three')
    expect(map.map(0)).toBe(0)
    expect(map.map(5)).toBe(4) // "t" of two
    expect(map.map(9)).toBe(8) // "t" of three
    expect(map.map(14)).toBe(13)
  })

  it('lands a position inside a replaced range at its start or end', () => {
    const { map } = applyEdits('abcdef', [{ start: 1, end: 4, insert: 'X' }])
    expect(map.map(2, -1)).toBe(1)
    expect(map.map(2, 1)).toBe(2)
  })

  it('places a position at an insertion before or after it', () => {
    const { text, map } = applyEdits('ab', [{ start: 1, end: 1, insert: '--' }])
    expect(text).toBe('a--b')
    expect(map.map(1, -1)).toBe(1)
    expect(map.map(1, 1)).toBe(3)
  })

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, insert: '' },
        { start: 2, end: 4, insert: '' },
      ]),
    ).toThrow(/overlapping/)
  })
})
