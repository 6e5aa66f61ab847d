import { describe, expect, it } from 'vitest'
import { OffsetMap, codePointLength } from './offsets.ts'

/** The reference: code point i of `text` starts at UTF-16 index utf16Starts[i]. */
function reference(text: string): { points: string[]; utf16Starts: number[] } {
  const points = Array.from(text)
  const utf16Starts: number[] = []
  let at = 0
  for (const p of points) {
    utf16Starts.push(at)
    at += p.length
  }
  utf16Starts.push(at)
  return { points, utf16Starts }
}

/** Checks every offset of `text` against Array.from. */
function checkAll(text: string): void {
  const map = new OffsetMap(text)
  const { points, utf16Starts } = reference(text)
  expect(map.codePointLength).toBe(points.length)
  expect(codePointLength(text)).toBe(points.length)
  for (let cp = 0; cp <= points.length; cp++) {
    expect(map.toUtf16(cp)).toBe(utf16Starts[cp])
    expect(map.toCodePoint(utf16Starts[cp] ?? -1)).toBe(cp)
    for (let end = cp; end <= points.length; end++) {
      expect(map.slice(cp, end)).toBe(points.slice(cp, end).join(''))
    }
  }
}

const FAMILY = '👩‍👩‍👧' // woman ZWJ woman ZWJ girl: 5 code points, 8 UTF-16 units
const TURKEY = '🇹🇷' // two regional indicators: 2 code points, 4 UTF-16 units
const ARABIC = 'قُتل ٣٣ جندياً تركياً في إدلب'

describe('OffsetMap', () => {
  it('is the identity on ASCII', () => {
    const text = 'One Turkish soldier was killed in Idlib.'
    const map = new OffsetMap(text)
    expect(map.toUtf16(4)).toBe(4)
    expect(map.toCodePoint(11)).toBe(11)
    expect(map.slice(4, 11)).toBe('Turkish')
    expect(map.codePointLength).toBe(text.length)
    checkAll(text)
  })

  it('counts an astral emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b'
    const map = new OffsetMap(text)
    expect(map.codePointLength).toBe(3)
    expect(map.toUtf16(2)).toBe(3)
    expect(map.toCodePoint(3)).toBe(2)
    expect(map.slice(1, 2)).toBe('😀')
    expect(map.slice(2, 3)).toBe('b')
    checkAll(text)
  })

  it('maps an offset inside a surrogate pair to the start of its character', () => {
    const map = new OffsetMap('a😀b')
    expect(map.toCodePoint(2)).toBe(1)
  })

  it('handles ZWJ sequences and flags code point by code point', () => {
    const text = `Family ${FAMILY} fled; ${TURKEY} forces shelled.`
    const map = new OffsetMap(text)
    expect(Array.from(FAMILY)).toHaveLength(5)
    const famStart = 'Family '.length
    expect(map.slice(famStart, famStart + 5)).toBe(FAMILY)
    const flagStart = famStart + 5 + ' fled; '.length
    expect(map.slice(flagStart, flagStart + 2)).toBe(TURKEY)
    expect(map.slice(flagStart + 2, flagStart + 9)).toBe(' forces')
    // Python counts the same way: len("👩‍👩‍👧 fled") == 10.
    expect(map.toCodePoint(text.indexOf('forces'))).toBe(flagStart + 3)
    checkAll(text)
  })

  it('handles Arabic (right-to-left) text, which is all in the BMP', () => {
    const text = `Reuters: ${ARABIC}.`
    const map = new OffsetMap(text)
    const start = map.toCodePoint(text.indexOf('إدلب'))
    expect(map.slice(start, start + 4)).toBe('إدلب')
    expect(map.codePointLength).toBe(text.length)
    checkAll(text)
  })

  it('counts combining characters as separate code points', () => {
    const composed = 'caf\u00e9' // é as one code point (NFC)
    const decomposed = 'cafe\u0301' // e + combining acute
    const dotted = 'q\u0307' // no precomposed form: stays two code points under NFC
    expect(new OffsetMap(composed).codePointLength).toBe(4)
    expect(new OffsetMap(decomposed).codePointLength).toBe(5)
    expect(decomposed.normalize('NFC')).toBe(composed)
    expect(dotted.normalize('NFC')).toBe(dotted)
    const text = `${dotted}${FAMILY}${dotted}`
    const map = new OffsetMap(text)
    expect(map.slice(0, 2)).toBe(dotted)
    expect(map.slice(7, 9)).toBe(dotted)
    expect(map.slice(7, 8)).toBe('q')
    checkAll(text)
  })

  it('handles text that starts or ends with astral characters, and the empty text', () => {
    checkAll('😀')
    checkAll('😀😀x😀')
    checkAll('')
    expect(new OffsetMap('').slice(0, 0)).toBe('')
  })

  it('treats a lone surrogate as one code point, like Array.from', () => {
    checkAll('a\ud83db\ude00c')
  })

  it('agrees with Array.from at random positions in mixed text', () => {
    const pieces = ['a', ' ', 'é', 'e\u0301', 'q\u0307', '😀', FAMILY, TURKEY, 'ق', '٣', '\n', '中']
    let seed = 20240227
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 40; round++) {
      let text = ''
      const length = random(60)
      for (let i = 0; i < length; i++) text += pieces[random(pieces.length)] ?? ''
      const map = new OffsetMap(text)
      const { points, utf16Starts } = reference(text)
      for (let k = 0; k < 50; k++) {
        const a = random(points.length + 1)
        const b = random(points.length + 1)
        const [start, end] = a <= b ? [a, b] : [b, a]
        expect(map.toUtf16(start)).toBe(utf16Starts[start])
        expect(map.toCodePoint(utf16Starts[end] ?? -1)).toBe(end)
        expect(map.slice(start, end)).toBe(points.slice(start, end).join(''))
      }
    }
  })
})
