import { describe, expect, it } from 'vitest'
import { DATASET_WRITERS } from './dataset-writers.ts'
import { parseJsonlDataset } from './jsonl-reader.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'
import { codePoints } from '../text/offsets.ts'

const ctx = { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }

describe('jsonl reader', () => {
  it('reads back everything the jsonl writer wrote, fragments included', () => {
    const corpus = fixtureCorpus()
    const [first] = corpus
    const place = first?.set.spans.find((s) => s.id === 'e10')
    if (place)
      place.fragments = [
        [place.start, codePoints(place.start + 7)],
        [codePoints(place.start + 11), place.end],
      ]
    const units = corpus.map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
    const { stream } = runWriter(DATASET_WRITERS.jsonl, ctx, units)
    const read = parseJsonlDataset([{ name: 'data.jsonl', text: stream }])
    expect(read.problems).toEqual([])
    expect(read.documents).toHaveLength(3)
    for (const [i, doc] of read.documents.entries()) {
      const { doc: d, set } = corpus[i] ?? { doc: undefined, set: undefined }
      expect(doc).toMatchObject({
        id: d?.id,
        title: d?.title,
        text: d?.text,
        metadata: d?.metadata,
      })
      expect(doc.annotator).toBe(FIXTURE_ANNOTATOR)
      expect(doc.status).toBe(set?.status)
      expect(doc.note).toBe(set?.note)
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
      expect([...doc.spans].sort(byId)).toEqual([...(set?.spans ?? [])].sort(byId))
      expect([...doc.relations].sort(byId)).toEqual([...(set?.relations ?? [])].sort(byId))
    }
  })

  it('reports by line what it cannot read, and reads the rest', () => {
    const lines = [
      '{"id":"a","text":"One soldier","spans":[{"id":"s1","start":0,"end":3,"label":"CASUALTY_FIGURE","text":"One"}]}',
      'not json',
      '{"id":"b","text":"Two","spans":[{"id":"s1","start":0,"end":3,"label":"X","text":"Tw0"},{"id":"s2","start":2,"end":9,"label":"X"}],"relations":[{"id":"r1","type":"t","from":"s1","to":"s2"}],"extra":1}',
    ]
    const read = parseJsonlDataset([{ name: 'in.jsonl', text: lines.join('\n') }])
    expect(read.documents.map((d) => [d.id, d.spans.length])).toEqual([
      ['a', 1],
      ['b', 0],
    ])
    expect(read.problems.map((p) => [p.line, p.docId, p.message.replace(/:.*$/, '')])).toEqual([
      [2, undefined, 'not JSON'],
      [3, 'b', 'field "extra" is not kept (Spanbench has no place for it)'],
      [3, 'b', 'span s1'],
      [3, 'b', 'span s2 [2, 9) is outside the text (3 code points)'],
      [3, 'b', 'relation r1 links a span that was not imported'],
    ])
  })
})
