import { describe, expect, it } from 'vitest'
import { SpanTagger, type TrainingDocument } from './span-tagger.ts'
import { gazetteerMatcherOf } from './suggestions.ts'
import { knownNames } from './tagger-features.ts'

const PLACES = [
  'Saraqib',
  'Ariha',
  'Maarat',
  'Kafranbel',
  'Atarib',
  'Darat Izza',
  'Sarmin',
  'Binnish',
]
const GROUPS = ['Sham Legion', 'Hamza Division', 'Jaysh al-Izza', 'Ahrar al-Sham']

/** A document of the kind the tagger learns from, every name tagged. */
function doc(id: string, place: string, group: string): TrainingDocument {
  const text = `Shelling hit ${place} on Monday. The ${group} said its fighters held positions near ${place}.`
  const spans = [place, group, place].map((name, k) => {
    const from = k === 2 ? text.lastIndexOf(name) : text.indexOf(name)
    return { start: from, end: from + name.length, label: k === 1 ? 'ACTOR' : 'PLACE' }
  })
  return { id, text, spans }
}

const NO_NAMES = knownNames(gazetteerMatcherOf([]), new Map())
const corpus = PLACES.map((p, k) => doc(`d${k}`, p, GROUPS[k % GROUPS.length] ?? ''))

describe('SpanTagger', () => {
  it('finds places and actors it never saw, from their context, with a confidence', () => {
    const tagger = SpanTagger.train(corpus, NO_NAMES)
    const text =
      'Shelling hit Taftanaz on Monday. The Nour Brigade said its fighters held positions near Taftanaz.'
    const found = tagger.predict(text, NO_NAMES)
    expect(found.map((s) => [text.slice(s.start, s.end), s.label])).toEqual([
      ['Taftanaz', 'PLACE'],
      ['Nour Brigade', 'ACTOR'],
      ['Taftanaz', 'PLACE'],
    ])
    for (const s of found) expect(s.confidence).toBeGreaterThan(0.5)
    for (const s of found) expect(s.confidence).toBeLessThanOrEqual(1)
  })

  it('trains the same model from the same corpus', () => {
    const text = 'Shelling hit Taftanaz on Monday.'
    const a = SpanTagger.train(corpus, NO_NAMES, { seed: 3 }).predict(text, NO_NAMES)
    const b = SpanTagger.train(corpus, NO_NAMES, { seed: 3 }).predict(text, NO_NAMES)
    expect(a).toEqual(b)
  })

  it('learns a new label from one document that has it', () => {
    const tagger = SpanTagger.train(corpus, NO_NAMES)
    const text = 'Shelling hit Ariha on Monday, killing 3 civilians.'
    expect(tagger.predict(text, NO_NAMES).map((s) => s.label)).not.toContain('CASUALTY_FIGURE')
    const figureText = 'Shelling hit Sarmin on Monday, killing 4 civilians.'
    const at = figureText.indexOf('4 civilians')
    const figures: TrainingDocument = {
      id: 'f',
      text: figureText,
      spans: [
        { start: 13, end: 19, label: 'PLACE' },
        { start: at, end: at + 11, label: 'CASUALTY_FIGURE' },
      ],
    }
    const withFigures = SpanTagger.train([...corpus, figures], NO_NAMES)
    const found = withFigures.predict(text, NO_NAMES)
    expect(found.map((s) => [text.slice(s.start, s.end), s.label])).toContainEqual([
      '3 civilians',
      'CASUALTY_FIGURE',
    ])
  })

  it('never ends a span on a mark, and suggests nothing before it has learnt a label', () => {
    expect(new SpanTagger([]).predict('Shelling hit Ariha.', NO_NAMES)).toEqual([])
    const tagger = SpanTagger.train(corpus, NO_NAMES)
    for (const s of tagger.predict('Fighting near Al-Numan and Kafr-Nabl.', NO_NAMES))
      expect('Fighting near Al-Numan and Kafr-Nabl.'.slice(s.end - 1, s.end)).toMatch(/\p{L}/u)
  })

  it('learns a rejection at once, and a model trained with it leaves that span out', () => {
    const text =
      'Shelling hit Taftanaz on Monday. The Nour Brigade said its fighters held positions near Taftanaz.'
    const at = text.indexOf('Nour Brigade')
    const rejected = { start: at, end: at + 'Nour Brigade'.length, label: 'ACTOR' }
    const read = (tagger: SpanTagger): string[] =>
      tagger.predict(text, NO_NAMES).map((s) => `${s.label} ${text.slice(s.start, s.end)}`)
    const tagger = SpanTagger.train(corpus, NO_NAMES)
    expect(read(tagger)).toContain('ACTOR Nour Brigade')
    tagger.reject({ id: 'new', text }, rejected, NO_NAMES)
    expect(read(tagger)).not.toContain('ACTOR Nour Brigade')
    expect(read(tagger)).toContain('PLACE Taftanaz')

    const retrained = SpanTagger.train(
      [...corpus, { id: 'new', text, spans: [], rejected: [rejected] }],
      NO_NAMES,
    )
    expect(read(retrained)).not.toContain('ACTOR Nour Brigade')
  })
})
