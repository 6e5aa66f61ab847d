import { describe, expect, it } from 'vitest'
import { findMatch, fold, queryTerms, snippetAround, termsOf } from './search-terms.ts'

describe('search terms', () => {
  it('fold case, accents and compatibility forms', () => {
    expect(fold('Réunion ÉCOLE ﬁre Ⅻ')).toBe('reunion ecole fire xii')
    expect([...termsOf('Prince Vasíli, prince VASILI; don’t 1,709')]).toEqual([
      'prince',
      'vasili',
      'don',
      't',
      '1',
      '709',
    ])
    expect(queryTerms('  Jisr al-Shughur  ')).toEqual(['jisr', 'al', 'shughur'])
    expect(queryTerms('— … !')).toEqual([])
  })

  it('findMatch prefers the terms as a phrase, the last one as a prefix', () => {
    const text = 'Prince Vasíli came. Then prince Andrew arrived; Andrew bowed.'
    const at = (quote: string): [number, number] => [
      text.indexOf(quote),
      text.indexOf(quote) + quote.length,
    ]
    expect(findMatch(text, queryTerms('prince andr'))).toEqual(at('prince Andrew'))
    expect(findMatch(text, queryTerms('vasili'))).toEqual(at('Vasíli'))
    // Not as a phrase: the first word holding any of the terms.
    expect(findMatch(text, queryTerms('andrew prince'))).toEqual(at('Prince'))
    expect(findMatch(text, queryTerms('napoleon'))).toBeNull()
  })

  it('findMatch reports UTF-16 offsets after astral characters', () => {
    const text = 'Idlib 🇹🇷 report: Saraqib shelled'
    const [start, end] = findMatch(text, ['saraqib']) ?? [0, 0]
    expect(text.slice(start, end)).toBe('Saraqib')
  })

  it('snippetAround cuts at spaces, keeps the length of the text it shows, never splits a pair', () => {
    const text = `${'word '.repeat(40)}needle\nnext line ${'tail '.repeat(40)}`
    const start = text.indexOf('needle')
    const { snippet, from } = snippetAround(text, start, start + 6, 20)
    expect(snippet.startsWith('word')).toBe(true)
    expect(snippet.slice(start - from, start - from + 6)).toBe('needle')
    expect(snippet).toContain('needle next line')
    const emoji = `${'😀'.repeat(30)}x`
    const cut = snippetAround(emoji, 60, 61, 5)
    expect(cut.snippet.endsWith('x')).toBe(true)
    expect(/^[\udc00-\udfff]/.test(cut.snippet)).toBe(false)
  })
})
