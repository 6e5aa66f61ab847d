import { describe, expect, it } from 'vitest'
import { canonicalText, snapToWords, titleFromText, trimRange } from './text.ts'

/** What snapToWords makes of a selection of `selected` (its `nth` occurrence) in `text`. */
function snap(text: string, selected: string, nth = 0): string | null {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(selected, at + 1)
  if (at < 0) throw new Error(`${selected} not in text`)
  const range = snapToWords(text, at, at + selected.length)
  return range ? text.slice(range[0], range[1]) : null
}

describe('canonicalText', () => {
  it('strips a leading BOM and keeps the rest', () => {
    expect(canonicalText('\ufeffIdlib')).toBe('Idlib')
    expect(canonicalText('Idlib')).toBe('Idlib')
  })

  it('turns CRLF and lone CR into LF', () => {
    expect(canonicalText('one\r\ntwo\rthree\n\r\nfour')).toBe('one\ntwo\nthree\n\nfour')
  })

  it('composes to NFC, and leaves sequences with no composed form as they are', () => {
    const out = canonicalText('Re\u0301sume\u0301 q\u0307')
    expect(out).toBe('R\u00e9sum\u00e9 q\u0307')
    expect(Array.from(out)).toHaveLength(9)
  })

  it('is idempotent', () => {
    const once = canonicalText('\ufeffa\r\nb\u0301\r')
    expect(canonicalText(once)).toBe(once)
  })

  it('keeps emoji, flags and Arabic unchanged', () => {
    const text = '👩‍👩‍👧 🇹🇷 قُتل ٣٣ جندياً'
    expect(canonicalText(text)).toBe(text.normalize('NFC'))
  })
})

describe('titleFromText', () => {
  it('takes the first non-empty line, trimmed', () => {
    expect(titleFromText('\n   \n  Turkish soldier killed in Idlib  \nbody', 'f.txt')).toBe(
      'Turkish soldier killed in Idlib',
    )
  })

  it('falls back when there is no text', () => {
    expect(titleFromText(' \n\t\n', 'report.txt')).toBe('report.txt')
  })

  it('shortens a long line with an ellipsis', () => {
    const title = titleFromText('word '.repeat(60), 'f')
    expect(title.endsWith('…')).toBe(true)
    expect(title.length).toBeLessThanOrEqual(120)
  })

  it('never cuts an emoji in half when shortening', () => {
    const title = titleFromText(`${'a'.repeat(118)}😀${'b'.repeat(10)}`, 'f')
    expect(title.endsWith('…')).toBe(true)
    // A lone surrogate would show as a replacement character.
    expect(title).not.toMatch(/\p{Cs}/u)
  })
})

describe('snapToWords', () => {
  const text =
    'The Turkish Army shelled Jisr al-Shughur, and Turkey’s de-escalation plan (in Idlib) failed.'

  it('widens a partial word to the whole word', () => {
    expect(snap(text, 'urkis')).toBe('Turkish')
    expect(snap(text, 'h Ar')).toBe('Turkish Army')
    expect(snap(text, 'T')).toBe('The')
  })

  it('trims surrounding spaces and punctuation', () => {
    expect(snap(text, ' Army ')).toBe('Army')
    expect(snap(text, 'Shughur, ')).toBe('al-Shughur')
    expect(snap(text, '(in Idlib) ')).toBe('in Idlib')
    expect(snap(text, 'failed.')).toBe('failed')
  })

  it('keeps an unselected possessive out: "Turkey" of "Turkey’s"', () => {
    expect(snap(text, 'Turkey')).toBe('Turkey')
    expect(snap(text, 'Turk', 1)).toBe('Turkey')
    expect(snap("Syria's army", 'Syria')).toBe('Syria')
  })

  it('keeps a possessive the person selected', () => {
    expect(snap(text, 'Turkey’s')).toBe('Turkey’s')
  })

  it('keeps hyphenated words whole', () => {
    expect(snap(text, 'al-Shu')).toBe('al-Shughur')
    expect(snap(text, 'Shughur')).toBe('al-Shughur')
    expect(snap(text, 'escal')).toBe('de-escalation')
    expect(snap(text, 'de')).toBe('de-escalation')
  })

  it('returns null for a selection of only whitespace or punctuation', () => {
    expect(snap(text, ' ')).toBeNull()
    expect(snap(text, ', ')).toBeNull()
    expect(snap('a -- b', ' -- ')).toBeNull()
    expect(snapToWords(text, 5, 5)).toBeNull()
  })

  it('works on Arabic, combining marks and astral characters', () => {
    const arabic = 'قُتل ٣٣ جندياً تركياً في إدلب'
    expect(snap(arabic, 'ندي')).toBe('جندياً')
    expect(snap(arabic, '٣')).toBe('٣٣')
    expect(snap('the q\u0307x unit', 'q')).toBe('q\u0307x')
    expect(snap('see 𝐀𝐁𝐂 now', '𝐁')).toBe('𝐀𝐁𝐂')
  })
})

describe('trimRange', () => {
  it('trims whitespace at both ends only', () => {
    const text = '  Idlib, Syria \n'
    const range = trimRange(text, 0, text.length)
    expect(range && text.slice(...range)).toBe('Idlib, Syria')
  })

  it('keeps punctuation, which exact-character mode selects on purpose', () => {
    expect(trimRange('(Idlib)', 0, 7)).toEqual([0, 7])
  })

  it('returns null for whitespace only or an empty range', () => {
    expect(trimRange('a \n\t b', 1, 5)).toBeNull()
    expect(trimRange('abc', 1, 1)).toBeNull()
  })
})
