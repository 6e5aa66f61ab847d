import { describe, expect, it } from 'vitest'
import { findFigureCandidates } from '../casualty/figure-patterns.ts'
import { PhraseMatcher } from './phrase-matcher.ts'
import { suggestSpans } from './suggestions.ts'
import { codePoints } from '../text/offsets.ts'

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>()
  m.add('Jisr al-Shughur', 'place')
  m.add('Turkish Army', 'actor')
  m.add('Turkish', 'adj')
  it('finds the longest phrase at each word, across any whitespace, exactly', () => {
    const text =
      'The Turkish\nArmy and the Turkish people near Jisr al-Shughur, not jisr al-shughur.'
    expect(m.match(text).map((x) => [text.slice(x.start, x.end), x.payload])).toEqual([
      ['Turkish\nArmy', 'actor'],
      ['Turkish', 'adj'],
      ['Jisr al-Shughur', 'place'],
    ])
  })
  it('does not match inside longer words', () => {
    expect(m.match('Turkishness')).toEqual([])
  })
})

describe('findFigureCandidates', () => {
  const phrases = (text: string) =>
    findFigureCandidates(text).map((c) => text.slice(c.start, c.end))
  it('finds counts of people and materiel with their qualifiers', () => {
    expect(
      phrases(
        'At least 6 members died. Over 20 militants and three helicopters; six ammunition depots were hit.',
      ),
    ).toEqual([
      'At least 6 members',
      'Over 20 militants',
      'three helicopters',
      'six ammunition depots',
    ])
  })
  it('leaves dates, years, footnotes and distances alone', () => {
    expect(phrases('On May 27, 2020, [1] a convoy moved 5 km towards the M4 highway.')).toEqual([])
  })
})

describe('suggestSpans', () => {
  const text = 'Shelling hit Saraqib. The Turkish Army said 12 soldiers were killed near Saraqib.'
  const sources = {
    tagged: new Map([['Turkish Army', new Map([['ACTOR', 3]])]]),
    gazetteer: [{ name: 'Saraqib', label: 'PLACE', attributes: { gazetteer_id: 'sy:saraqib' } }],
    figureLabel: 'CASUALTY_FIGURE',
  }
  it('proposes corpus strings, gazetteer names and figures, in text order, in code points', () => {
    const found = suggestSpans(text, [], sources)
    expect(found.map((s) => `${s.label} ${s.text} ${s.source}`)).toEqual([
      'PLACE Saraqib gazetteer',
      'ACTOR Turkish Army corpus',
      'CASUALTY_FIGURE 12 soldiers pattern',
      'PLACE Saraqib gazetteer',
    ])
    expect(found[2]?.attributes).toMatchObject({ best: 12, outcome: 'killed' })
    expect(found[0]?.attributes).toEqual({ gazetteer_id: 'sy:saraqib' })
  })
  it('skips what is already tagged with that label', () => {
    const start = text.indexOf('Saraqib')
    const existing = [
      {
        id: 's1',
        start: codePoints(start),
        end: codePoints(start + 7),
        label: 'PLACE',
        text: 'Saraqib',
      },
    ]
    expect(suggestSpans(text, existing, sources).filter((s) => s.label === 'PLACE')).toHaveLength(1)
  })
})

describe('gazetteer names inside longer proper names', () => {
  const gazetteer = ['Baghdad', 'Maan', 'Raqqa'].map((name) => ({ name, label: 'PLACE' }))
  const found = (text: string) =>
    suggestSpans(text, [], { tagged: new Map(), gazetteer, figureLabel: null }).map((s) => s.text)

  it('are not proposed: "New Baghdad", "Saad Maan", "Raqqa Post Office"', () => {
    expect(
      found('A bomb in New Baghdad. Spokesman Saad Maan spoke near the Raqqa Post Office.'),
    ).toEqual([])
  })
  it('but a name in a title-case headline is', () => {
    expect(found('Car Bomb Kills 11 in New Baghdad Market\n\nMore later.')).toEqual(['Baghdad'])
  })
  it('and a name at the start of a sentence, or before a day or month, is', () => {
    expect(found('Baghdad was hit. A bomb in Baghdad Tuesday. The Raqqa offensive.')).toEqual([
      'Baghdad',
      'Baghdad',
      'Raqqa',
    ])
  })
})
