import { describe, expect, it } from 'vitest'
import type { Span } from '../contract/model.ts'
import { OffsetMap } from '../text/offsets.ts'
import { canonicalMap, canonicalSpans } from './canonical.ts'
import { codePoints } from '../text/offsets.ts'

const span = (text: string, quote: string, id = 's'): Span => {
  const at = text.indexOf(quote)
  const map = new OffsetMap(text)
  return {
    id,
    label: 'ACTOR',
    start: map.toCodePoint(at),
    end: map.toCodePoint(at + quote.length),
    text: quote,
  }
}

describe('canonicalMap', () => {
  it('maps offsets across CRLF, a BOM and composed accents', () => {
    const raw = '\ufeffOne\r\nRe\u0301sume\u0301 \u{1f469}\u200d\u{1f467} ok'
    const c = canonicalMap(raw)
    expect(c.text).toBe('One\nR\u00e9sum\u00e9 \u{1f469}\u200d\u{1f467} ok')
    const check = (quote: string, canonicalQuote = quote) => {
      const s = span(raw, quote)
      const start = c.map(s.start)
      const end = c.map(s.end)
      expect(new OffsetMap(c.text).slice(start ?? -1, end ?? -1)).toBe(canonicalQuote)
    }
    check('One')
    check('Re\u0301sume\u0301', 'R\u00e9sum\u00e9')
    check('\u{1f469}\u200d\u{1f467} ok')
    check('ok')
  })

  it('leaves canonical text as it is', () => {
    const c = canonicalMap('plain\ntext')
    expect([c.text, c.map(3)]).toEqual(['plain\ntext', 3])
  })
})

describe('canonicalSpans', () => {
  it('moves spans and reports those that start inside a character composition changes', () => {
    const raw = 'The Re\u0301sume\u0301\r\nends'
    const whole = span(raw, 'Re\u0301sume\u0301', 'a')
    const mark: Span = {
      ...span(raw, 'e\u0301', 'b'),
      start: codePoints(whole.start + 2),
      text: '\u0301',
    }
    const across = span(raw, 'sume\u0301\r\nends', 'c')
    const result = canonicalSpans(raw, [whole, mark, across])
    expect(result.text).toBe('The R\u00e9sum\u00e9\nends')
    expect(result.spans.map((s) => [s.id, s.text])).toEqual([
      ['a', 'R\u00e9sum\u00e9'],
      ['c', 'sum\u00e9\nends'],
    ])
    expect(result.unplaced.map((s) => s.id)).toEqual(['b'])
  })
})
