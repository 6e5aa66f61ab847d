import { describe, expect, it } from 'vitest'
import { fixtureSet } from './agreement.fixtures.ts'
import { compareLayers } from './compare.ts'
import { curationCandidates, preAccept } from './curation.ts'

const layer = (doc: string, annotator: string) => fixtureSet(doc, annotator)

describe('compareLayers', () => {
  it('marks the same extent with another label', () => {
    const found = compareLayers(layer('d4', 'alice'), layer('d4', 'bob'))
    expect(found).toEqual([
      {
        kind: 'label',
        start: 25,
        end: 32,
        a: ['p1'],
        b: ['a2'],
        message: '"Saraqib": PLACE in a, ACTOR in b',
      },
    ])
  })

  it('marks boundaries, attributes and relations, in text order', () => {
    const found = compareLayers(layer('d1', 'alice'), layer('d1', 'carol'))
    expect(found.map((d) => [d.kind, d.a, d.b, d.attributes ?? null])).toEqual([
      ['boundary', ['a1'], ['a1'], null],
      ['relation', ['r2'], [], null],
      ['relation', [], ['r2'], null],
      ['boundary', ['p1'], ['p1'], null],
      ['attribute', ['c1'], ['c1'], ['high', 'low']],
      ['only_a', ['t1'], [], null],
    ])
    expect(found[1]?.message).toBe('perpetrator "5 civilians" → "Turkish soldiers" only in a')
  })

  it('finds nothing between a layer and itself', () => {
    expect(compareLayers(layer('d1', 'bob'), layer('d1', 'bob'))).toEqual([])
  })
})

describe('curation', () => {
  const layers = new Map(['alice', 'bob', 'carol'].map((a) => [a, layer('d2', a)]))

  it('pre-accepts what all layers share, or what a majority shares', () => {
    const all = preAccept(layers, 'all')
    expect(all.spans.map((s) => [s.label, s.text, s.sources])).toEqual([
      ['ACTOR', 'Kurdish fighters', ['alice', 'bob', 'carol']],
    ])
    const majority = preAccept(layers, 'majority')
    expect(majority.spans.map((s) => [s.text, s.sources])).toEqual([
      ['Kurdish fighters', ['alice', 'bob', 'carol']],
      ['3 people were wounded', ['alice', 'carol']],
      ['Manbij', ['alice', 'bob']],
    ])
    // The figure's attributes: alice and carol agree on all five.
    expect(majority.spans[1]?.attributes).toEqual({
      outcome: 'injured',
      low: 3,
      best: 3,
      high: 3,
      qualifier: 'exact',
    })
  })

  it('pre-accepts relations whose ends were accepted, and lists the rest as candidates', () => {
    const d1 = new Map(['alice', 'bob'].map((a) => [a, layer('d1', a)]))
    const curated = preAccept(d1, 'all')
    expect(curated.relations).toEqual([])
    expect(curated.spans.map((s) => s.text)).toEqual(['Turkish soldiers', 'Afrin'])
    const candidates = curationCandidates(d1, curated)
    // The figure's extent differs, so each layer's relations from it are candidates of their own.
    const listed = candidates.map((c) => [
      c.span?.text ?? `${c.relation?.type} from ${c.relation?.from.text}`,
      c.layers,
    ])
    expect(listed).toEqual([
      ['perpetrator from 5 civilians', ['alice']],
      ['perpetrator from killing 5 civilians', ['bob']],
      ['location from 5 civilians', ['alice']],
      ['location from killing 5 civilians', ['bob']],
      ['killing 5 civilians', ['bob']],
      ['5 civilians', ['alice']],
      ['the Observatory', ['bob']],
      ['the Observatory said', ['alice']],
    ])
    // Accepting a relation needs its ends in the curated layer: the actor is there, the figure not yet.
    expect(candidates[0]?.relation).toMatchObject({ curatedFrom: null, curatedTo: 'c1' })
  })
})
