import { describe, expect, it } from 'vitest'
import type { Span } from '../contract/model.ts'
import { parseCorpusQuery, queryProblems, spanMatches } from './corpus-query.ts'
import { codePoints } from '../text/offsets.ts'

const span = (label: string, text: string, attributes: Span['attributes'] = {}): Span => ({
  id: 's1',
  start: codePoints(0),
  end: codePoints(text.length),
  label,
  text,
  attributes,
})

describe('the corpus search language', () => {
  it('splits labels, attribute conditions and words', () => {
    expect(parseCorpusQuery('label:CASUALTY_FIGURE outcome:killed best>10 Idlib')).toEqual({
      text: 'Idlib',
      labels: ['CASUALTY_FIGURE'],
      conditions: [
        { key: 'outcome', op: ':', value: 'killed' },
        { key: 'best', op: '>', value: '10' },
      ],
    })
    expect(parseCorpusQuery('"Jisr al-Shughur" low<=5 label:place').labels).toEqual(['PLACE'])
    expect(parseCorpusQuery('"Jisr al-Shughur" low<=5').text).toBe('Jisr al-Shughur')
    expect(parseCorpusQuery('http://x.org').conditions).toEqual([
      { key: 'http', op: ':', value: '//x.org' },
    ])
  })

  it('matches spans by label, attribute value, number comparison and text', () => {
    const figure = span('CASUALTY_FIGURE', '33 Turkish soldiers', { outcome: 'killed', best: 33 })
    const q = (text: string) => spanMatches(figure, parseCorpusQuery(text))
    expect(q('label:CASUALTY_FIGURE outcome:killed best>10')).toBe(true)
    expect(q('label:casualty_figure outcome:Killed')).toBe(true)
    expect(q('best>33')).toBe(false)
    expect(q('best>=33 best<=33 best=33')).toBe(true)
    expect(q('outcome:injured')).toBe(false)
    expect(q('label:PLACE')).toBe(false)
    expect(q('label:CASUALTY_FIGURE turkish')).toBe(true)
    expect(q('label:CASUALTY_FIGURE syrian')).toBe(false)
    expect(q('victim:anyone')).toBe(false)
  })

  it('names a comparison that has no number', () => {
    expect(queryProblems(parseCorpusQuery('best>many'))).toEqual([
      'best>many: a comparison needs a number',
    ])
  })
})
