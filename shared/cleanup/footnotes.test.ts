import { describe, expect, it } from 'vitest'
import { Cleaning } from './cleaning.ts'
import { proposeFootnotes } from './footnotes.ts'

const ARTICLE = [
  'Turkey hit over 200 regime targets this morning.[1]',
  '',
  'Many claim it was in fact the Russians,[2] who helped the regime.',
  '',
  'Source: www.example.com',
  '',
  '[1] https://www.bbc.co.uk/news/world-middle-east-51667717',
  '',
  '[2] https://www.theguardian.com/world/2020/feb/28/tensions',
  '',
  'Leave a Reply',
].join('\n')

function strip(text: string, on: boolean): string {
  const c = new Cleaning(text, { steps: { footnotes: on }, decisions: {} })
  c.apply('footnotes', proposeFootnotes(c.text))
  return c.text
}

describe('footnotes', () => {
  it('are left alone unless asked for, but still proposed', () => {
    expect(strip(ARTICLE, false)).toBe(ARTICLE)
    expect(proposeFootnotes(ARTICLE).map((p) => p.id)).toEqual([
      'footnotes:marker:1:1',
      'footnotes:marker:2:1',
      'footnotes:references',
    ])
  })

  it('lose their markers and the reference list when asked', () => {
    expect(strip(ARTICLE, true)).toBe(
      [
        'Turkey hit over 200 regime targets this morning.',
        '',
        'Many claim it was in fact the Russians, who helped the regime.',
        '',
        'Source: www.example.com',
        '',
        'Leave a Reply',
      ].join('\n'),
    )
  })

  it('keep bracketed numbers that are not markers', () => {
    expect(proposeFootnotes('He said [3] things.\nA list [12 items].')).toEqual([])
  })
})
