import { describe, expect, it } from 'vitest'
import { parseSpacyDataset } from './spacy-reader.ts'
import { runWriter } from './run-writer.ts'
import { spacyWriter } from './spacy-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'
import { codePoints } from '../text/offsets.ts'

const sortKeys = (o: object | undefined) =>
  o ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))) : null

describe('spaCy JSONL reader', () => {
  it('reads back spans (trimmed), attributes, notes and relations the writer wrote', () => {
    const units = fixtureCorpus().map(({ doc, set }) => ({
      doc,
      set,
      annotator: FIXTURE_ANNOTATOR,
    }))
    const { stream } = runWriter(spacyWriter, { corpusName: 'F', schema: FIXTURE_SCHEMA }, units)
    const read = parseSpacyDataset([{ name: 'data.jsonl', text: stream }])
    expect(read.problems).toEqual([])
    for (const [i, { set }] of units.entries()) {
      const got = read.documents[i]
      const key = (s: {
        id: string
        label: string
        text: string
        attributes?: object
        note?: string
      }) => JSON.stringify([s.id, s.label, s.text.trim(), sortKeys(s.attributes), s.note ?? null])
      expect(got?.spans.map(key).sort()).toEqual(set.spans.map(key).sort())
      expect(got?.relations.map((r) => [r.id, r.type, r.from, r.to]).sort()).toEqual(
        set.relations.map((r) => [r.id, r.type, r.from, r.to]).sort(),
      )
      expect([got?.annotator, got?.status]).toEqual([FIXTURE_ANNOTATOR, set.status])
    }
  })

  it('reads doc.to_json()-style lines and rebuilds text from tokens', () => {
    const lines = [
      JSON.stringify({
        text: 'Turkish forces shelled Idlib.',
        ents: [{ start: codePoints(0), end: codePoints(14), label: 'ACTOR' }],
        spans: { sc: [{ start: codePoints(23), end: codePoints(28), label: 'PLACE' }] },
      }),
      JSON.stringify({
        tokens: ['Saraqib', 'fell', '.'],
        spaces: [true, false, false],
        entities: [
          [0, 7, 'PLACE'],
          [0, 7, 'PLACE'],
        ],
      }),
    ]
    const read = parseSpacyDataset([{ name: 'x.jsonl', text: lines.join('\n') }])
    expect(read.documents.map((d) => [d.text, d.spans.map((s) => s.text)])).toEqual([
      ['Turkish forces shelled Idlib.', ['Turkish forces', 'Idlib']],
      ['Saraqib fell.', ['Saraqib']],
    ])
    expect(read.problems.map((p) => p.message)).toEqual([
      'entities lists [0, 7, PLACE] twice: imported once',
    ])
  })

  it('keeps two spans with the same bounds and label, each with its own note', () => {
    const [first] = fixtureCorpus()
    if (!first) throw new Error('the fixture has no documents')
    const text = 'Rebels shelled Idlib.'
    const spans = [
      { id: 's0', start: codePoints(0), end: codePoints(6), label: 'ACTOR', text: 'Rebels' },
      { id: 's1', start: codePoints(15), end: codePoints(20), label: 'PLACE', text: 'Idlib' },
      {
        id: 's2',
        start: codePoints(15),
        end: codePoints(20),
        label: 'PLACE',
        text: 'Idlib',
        note: 'the province',
      },
    ]
    const relations = [{ id: 'r1', type: 'source', from: 's0', to: 's2' }]
    const unit = {
      doc: { ...first.doc, text },
      set: { ...first.set, spans, relations },
      annotator: FIXTURE_ANNOTATOR,
    }
    const { stream } = runWriter(spacyWriter, { corpusName: 'F', schema: FIXTURE_SCHEMA }, [unit])
    const read = parseSpacyDataset([{ name: 'data.jsonl', text: stream }])
    expect(read.problems).toEqual([])
    expect(read.documents[0]?.spans).toEqual(spans)
    expect(read.documents[0]?.relations).toEqual(relations)
  })

  it('reads a span listed in entities and again in spans["sc"] once', () => {
    const line = {
      text: 'Rebels shelled Idlib.',
      entities: [[15, 20, 'PLACE']],
      spans: { sc: [[15, 20, 'PLACE']] },
    }
    const read = parseSpacyDataset([{ name: 'data.jsonl', text: JSON.stringify(line) }])
    expect(read.documents[0]?.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      [15, 20, 'PLACE'],
    ])
  })
})
