import { describe, expect, it } from 'vitest'
import { parseLabelStudioDataset } from './labelstudio-reader.ts'
import { labelStudioWriter } from './labelstudio-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'

describe('Label Studio reader', () => {
  it('reads back what the writer wrote: spans, attributes, notes, relations, status', () => {
    const units = fixtureCorpus().map(({ doc, set }) => ({
      doc,
      set,
      annotator: FIXTURE_ANNOTATOR,
    }))
    const { stream } = runWriter(
      labelStudioWriter,
      { corpusName: 'F', schema: FIXTURE_SCHEMA },
      units,
    )
    const read = parseLabelStudioDataset([{ name: 'tasks.json', text: stream }], {
      schema: FIXTURE_SCHEMA,
    })
    expect(read.problems).toEqual([])
    for (const [i, { doc, set }] of units.entries()) {
      const got = read.documents[i]
      expect([got?.id, got?.text, got?.annotator, got?.status, got?.note]).toEqual([
        doc.id,
        doc.text,
        FIXTURE_ANNOTATOR,
        set.status,
        set.note,
      ])
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
      expect([...(got?.spans ?? [])].sort(byId)).toEqual([...set.spans].sort(byId))
      expect(got?.relations.map((r) => [r.type, r.from, r.to])).toEqual(
        [...set.relations].sort(byId).map((r) => [r.type, r.from, r.to]),
      )
    }
  })

  it('reads Label Studio’s own export: annotators, code point offsets, classifications', () => {
    const text = 'A family \u{1f469}\u200d\u{1f469}\u200d\u{1f467} fled from Idlib.'
    const tasks = [
      {
        id: 7,
        data: { text, source: 'wire' },
        annotations: [
          {
            completed_by: { id: 1, email: 'sam@example.org' },
            result: [
              {
                id: 'a1',
                from_name: 'label',
                to_name: 'text',
                type: 'labels',
                value: {
                  start: 9,
                  end: 14,
                  text: '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
                  labels: ['ACTOR', 'GROUP'],
                },
              },
              {
                id: 'a2',
                from_name: 'label',
                to_name: 'text',
                type: 'labels',
                value: { start: 25, end: 30, text: 'Idlib', labels: ['PLACE'] },
              },
              {
                id: 'a2',
                from_name: 'precision',
                to_name: 'text',
                type: 'choices',
                value: { start: 25, end: 30, choices: ['region'] },
              },
              { from_id: 'a1', to_id: 'a2', type: 'relation', direction: 'right', labels: [] },
              {
                id: 'x',
                from_name: 'topic',
                to_name: 'text',
                type: 'choices',
                value: { choices: ['displacement'] },
              },
            ],
          },
          { completed_by: 2, was_cancelled: true, result: [] },
        ],
      },
    ]
    const read = parseLabelStudioDataset([{ name: 'export.json', text: JSON.stringify(tasks) }], {})
    const [doc] = read.documents
    expect(doc?.annotator).toBe('sam')
    expect(doc?.metadata).toEqual({ source: 'wire', topic: 'displacement' })
    expect(doc?.spans.map((s) => [s.label, s.text, s.attributes ?? null])).toEqual([
      ['ACTOR', '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}', null],
      ['GROUP', '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}', null],
      ['PLACE', 'Idlib', { precision: 'region' }],
    ])
    expect(doc?.relations.map((r) => r.type)).toEqual(['related'])
    expect(read.problems.map((p) => p.message)).toEqual([
      'task 1: a relation from a1 to a2 has no label: imported as "related"',
    ])
  })

  it('reads Label Studio’s own emoji test regions, a line break shown as \\n included', () => {
    // HumanSignal/label-studio, web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts and data/ner/emoji.ts
    const region = (start: number, end: number, text: string) => ({
      id: `r${start}`,
      from_name: 'tag',
      to_name: 'text',
      type: 'labels',
      value: { start, end, text, labels: ['region'] },
    })
    const tasks = [
      {
        data: { text: '\u{1f431} Warning: This is a test text' },
        annotations: [{ result: [region(21, 25, 'test')] }],
      },
      {
        data: { text: '\u{1f431} Warning:\n\u{1f431} This is a test text' },
        annotations: [{ result: [region(2, 27, 'Warning:\\n\u{1f431} This is a test')] }],
      },
    ]
    const read = parseLabelStudioDataset([{ name: 'ls.json', text: JSON.stringify(tasks) }], {})
    expect(read.problems).toEqual([])
    expect(read.documents.map((d) => d.spans.map((s) => [s.start, s.end, s.text]))).toEqual([
      [[21, 25, 'test']],
      [[2, 27, 'Warning:\n\u{1f431} This is a test']],
    ])
  })

  it('reads an earlier Spanbench export whose meta says its offsets are UTF-16', () => {
    const text = '\u{1f431} Warning: This is a test text'
    const task = {
      data: { text },
      meta: { offset_unit: 'utf16' },
      annotations: [
        {
          result: [
            {
              id: 'r1',
              from_name: 'label',
              to_name: 'text',
              type: 'labels',
              value: { start: 22, end: 26, text: 'test', labels: ['ACTOR'] },
            },
          ],
        },
      ],
    }
    const read = parseLabelStudioDataset([{ name: 'old.json', text: JSON.stringify([task]) }], {})
    expect(read.problems).toEqual([])
    expect(read.documents[0]?.spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [21, 25, 'test'],
    ])
  })
})
