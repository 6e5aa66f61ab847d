import { describe, expect, it } from 'vitest'
import { trainModel, type AnnotatedDocument, type TrainedModel } from './suggest-training.ts'
import { gazetteerMatcherOf, type GazetteerEntry } from './suggestions.ts'
import { FeatureCache, knownNames } from './tagger-features.ts'

const PLACES = [
  'Jisr',
  'Kansafra',
  'Hish',
  'Maadan',
  'Tamanah',
  'Khan Shaykhun',
  'Kafr Zita',
  'Lataminah',
]
const GROUPS = ['Sham Legion', 'Hamza Division', 'Nour Brigade', 'Fatah Army']
const GAZETTEER: GazetteerEntry[] = [
  { name: 'Idlib', label: 'PLACE' },
  { name: 'Sham Legion', label: 'ACTOR' },
]

/** A document with its place and group tagged (code points: the texts are ASCII). */
function doc(k: number, tagGroup = true): AnnotatedDocument {
  const place = PLACES[k % PLACES.length] ?? ''
  const group = GROUPS[k % GROUPS.length] ?? ''
  const text = `Shelling hit ${place} near Idlib on Monday. The ${group} said it held ${place}.`
  const tagged = tagGroup ? [place, group] : [place]
  const spans = tagged.map((name, n) => {
    const start = text.indexOf(name)
    return { start, end: start + name.length, label: n === 1 ? 'ACTOR' : 'PLACE', text: name }
  })
  return { id: `d${k}`, text, spans }
}

const TEXTS = [
  'Shelling hit Kafr Nabl near Idlib on Monday. The Sultan Murad said it held Kafr Nabl.',
  'The Hamza Division said it held Tamanah, and the Sham Legion said nothing.',
]

/** What the model suggests in the texts, with confidences: equal models suggest alike. */
function readings(model: TrainedModel): unknown[] {
  return TEXTS.map((t) => model.tagger.predict(t, model.names))
}

describe('trainModel with a feature cache', () => {
  it('trains the same model as a training from nothing, before and after an edit', () => {
    const corpus = PLACES.map((_, k) => doc(k, k !== 1))
    const cache = new FeatureCache()
    const warm = trainModel(corpus, GAZETTEER, { cache })
    expect(readings(warm)).toEqual(readings(trainModel(corpus, GAZETTEER)))

    // The edit tags Hamza Division in d1: a corpus name now, in d5 as well.
    const edited = corpus.map((d, k) => (k === 1 ? doc(1) : d))
    const retrained = trainModel(edited, GAZETTEER, { cache })
    const cold = trainModel(edited, GAZETTEER)
    expect(readings(retrained)).toEqual(readings(cold))
    expect(readings(retrained)).not.toEqual(readings(warm))
  })
})

describe('FeatureCache', () => {
  const text = 'The Hamza Division said it held Ariha near Idlib.'
  const gazetteer = gazetteerMatcherOf([{ name: 'Idlib', label: 'PLACE' }])
  const hamza = { label: 'ACTOR', docs: new Set(['other']) }

  /** The feature names of the token that starts at `word`. */
  function featuresAt(cache: FeatureCache, names: ReturnType<typeof knownNames>, word: string) {
    const { sequences, features } = cache.document(text, names, 'd')
    const k = sequences[0]?.findIndex((t) => t.text === word) ?? -1
    return features[0]?.[k] ?? []
  }

  it('gives a document the corpus names of the training it is in, not those it was first read with', () => {
    const cache = new FeatureCache()
    const before = featuresAt(cache, knownNames(gazetteer, new Map()), 'Hamza')
    const after = featuresAt(
      cache,
      knownNames(gazetteer, new Map([['Hamza Division', hamza]])),
      'Hamza',
    )
    expect(after).toEqual([...before, cache.ids.id('corp=B-ACTOR')])
    const again = featuresAt(cache, knownNames(gazetteer, new Map()), 'Hamza')
    expect(again).toEqual(before)
  })

  it('reads a text again when the gazetteer changes', () => {
    const cache = new FeatureCache()
    const none = new Map()
    expect(featuresAt(cache, knownNames(gazetteer, none), 'Idlib')).toContain(
      cache.ids.id('gaz=B-PLACE'),
    )
    const other = gazetteerMatcherOf([{ name: 'Ariha', label: 'PLACE' }])
    expect(featuresAt(cache, knownNames(other, none), 'Idlib')).not.toContain(
      cache.ids.id('gaz=B-PLACE'),
    )
    expect(featuresAt(cache, knownNames(other, none), 'Ariha')).toContain(
      cache.ids.id('gaz=B-PLACE'),
    )
  })
})
