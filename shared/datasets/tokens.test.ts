import { describe, expect, it } from 'vitest'
import { OffsetMap } from '../text/offsets.ts'
import { fixtureCorpus } from './test-corpus.fixtures.ts'
import { sentencesOf, tokenizeForExport, type DatasetToken } from './tokens.ts'

const texts = (tokens: readonly DatasetToken[]) => tokens.map((t) => t.text)
const rebuild = (tokens: readonly DatasetToken[]) =>
  tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('')

describe('tokenizeForExport', () => {
  it('keeps words, numbers and hyphenated names whole and splits punctuation', () => {
    expect(
      texts(tokenizeForExport('Jisr al-Shughur: 1,709 soldiers, 3.7 million; don’t.')),
    ).toEqual([
      'Jisr',
      'al-Shughur',
      ':',
      '1,709',
      'soldiers',
      ',',
      '3.7',
      'million',
      ';',
      'don’t',
      '.',
    ])
  })

  it('follows spaCy for whitespace: one space is a flag, the rest are tokens', () => {
    const tokens = tokenizeForExport('a  b\nc ')
    expect(tokens.map((t) => [t.text, t.ws, t.space])).toEqual([
      ['a', true, false],
      [' ', false, true],
      ['b', false, false],
      ['\n', false, true],
      ['c', true, false],
    ])
  })

  it('keeps emoji sequences, flags and combining marks together', () => {
    const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}'
    const flag = '\u{1f1f9}\u{1f1f7}'
    expect(texts(tokenizeForExport(`${family}${flag} q\u0307 \u{1f44d}\u{1f3fd}!`))).toEqual([
      family,
      flag,
      'q\u0307',
      '\u{1f44d}\u{1f3fd}',
      '!',
    ])
  })

  it('cuts at every given offset, inside words and inside emoji sequences', () => {
    const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}'
    const text = `Turkey's ${family} q\u0307`
    const map = new OffsetMap(text)
    const cuts = [6, map.toCodePoint(text.indexOf(family)) + 1, map.codePointLength - 1]
    expect(texts(tokenizeForExport(text, cuts))).toEqual([
      'Turkey',
      "'s",
      '\u{1f469}',
      '\u200d\u{1f469}\u200d\u{1f467}',
      'q',
      '\u0307',
    ])
  })

  it('rebuilds every fixture text exactly, with code point and UTF-16 bounds that agree', () => {
    for (const { doc, set } of fixtureCorpus()) {
      const cuts = set.spans.flatMap((s) => [s.start, s.end])
      const tokens = tokenizeForExport(doc.text, cuts)
      expect(rebuild(tokens)).toBe(doc.text)
      const map = new OffsetMap(doc.text)
      for (const t of tokens) {
        expect(map.slice(t.start, t.end)).toBe(t.text)
        expect(doc.text.slice(t.start16, t.end16)).toBe(t.text)
      }
      // Every span edge is a token edge.
      const edges = new Set(tokens.flatMap((t) => [t.start, t.end]))
      for (const s of set.spans)
        expect([edges.has(s.start), edges.has(s.end)]).toEqual([true, true])
    }
  })
})

describe('sentencesOf', () => {
  it('cuts at sentence ends and blank lines, without whitespace tokens', () => {
    const text = 'Title line\n\nOne soldier was killed. Three were hurt.\nMore.'
    const sentences = sentencesOf(text, tokenizeForExport(text)).map((s) => texts(s).join(' '))
    expect(sentences).toEqual([
      'Title line',
      'One soldier was killed .',
      'Three were hurt .',
      'More .',
    ])
  })

  it('joins the sentences a span crosses', () => {
    const text = 'It hit the town. Then it left.'
    const span: [number, number] = [11, 21]
    const sentences = sentencesOf(text, tokenizeForExport(text, span), [span])
    expect(sentences.map((s) => texts(s).join(' '))).toEqual(['It hit the town . Then it left .'])
  })
})
