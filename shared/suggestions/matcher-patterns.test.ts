/** The matcher and the number patterns on the wordings that used to defeat them (issue 14, item 2). */
import { describe, expect, it } from 'vitest'
import { findFigureCandidates } from '../casualty/figure-patterns.ts'
import { PhraseMatcher } from './phrase-matcher.ts'

describe('PhraseMatcher finds names wherever news prose puts them', () => {
  const m = new PhraseMatcher<string>()
  for (const name of [
    'Syria',
    'Idlib',
    'ISIL',
    'Aleppo',
    'U.S.',
    'Jisr al-Shughur',
    'Ma’arrat al-Numan',
  ])
    m.add(name, name)
  const found = (text: string) => m.match(text).map((x) => text.slice(x.start, x.end))

  it('before a possessive', () => {
    expect(found("Syria's war and Idlib’s people")).toEqual(['Syria', 'Idlib'])
  })
  it('inside a hyphenated word', () => {
    expect(found('ISIL-held towns and Aleppo-based groups')).toEqual(['ISIL', 'Aleppo'])
  })
  it('but not as part of a longer hyphenated name', () => {
    expect(found('along the Aleppo-Syria highway and in Syria-Idlib')).toEqual([])
  })
  it('glued to the next sentence', () => {
    expect(found('fighting in Syria.The army')).toEqual(['Syria'])
  })
  it('with its own punctuation, whatever apostrophe the text uses', () => {
    expect(found("U.S. troops near Jisr al-Shughur and Ma'arrat al-Numan")).toEqual([
      'U.S.',
      'Jisr al-Shughur',
      "Ma'arrat al-Numan",
    ])
  })
  it('but not inside another word, nor with different punctuation between its words', () => {
    expect(found('Syrian Idlibi Jisr al Shughur')).toEqual([])
  })
})

describe('findFigureCandidates', () => {
  const phrases = (text: string) =>
    findFigureCandidates(text).map((c) => text.slice(c.start, c.end))

  it('never proposes "a million" inside "half a million"', () => {
    expect(phrases('Half a million people fled; over half a million were displaced.')).toEqual([
      'Half a million people',
    ])
  })
  it('proposes a range whole, never its upper bound alone', () => {
    expect(
      phrases('Between 3,000 and 5,000 people died, and 10 to 15 fighters were hurt.'),
    ).toEqual(['Between 3,000 and 5,000 people', '10 to 15 fighters'])
  })
  it('does not read "up to one of the others" as a figure', () => {
    expect(phrases('It is up to one of the others to decide; 5 others were wounded.')).toEqual([
      '5 others',
    ])
  })
  it('does not read a sanctions list as a figure', () => {
    expect(phrases('He is on the Committee 1267 list of individuals and entities.')).toEqual([])
  })
  it('never cuts a hyphenated noun', () => {
    expect(
      phrases('They seized three rocket-propelled grenades and two anti-tank missiles.'),
    ).toEqual(['three rocket-propelled grenades', 'two anti-tank missiles'])
  })
})
