import { describe, expect, it } from 'vitest'
import { parseDoccanoDataset } from './doccano-reader.ts'
import { doccanoWriter } from './doccano-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'

describe('doccano reader', () => {
  it.each(['utf16', 'codepoint'] as const)(
    'reads back spans and relations written with %s offsets',
    (offsetUnit) => {
      const units = fixtureCorpus().map(({ doc, set }) => ({
        doc,
        set,
        annotator: FIXTURE_ANNOTATOR,
      }))
      const ctx = { corpusName: 'F', schema: FIXTURE_SCHEMA, offsetUnit }
      const { stream } = runWriter(doccanoWriter, ctx, units)
      const read = parseDoccanoDataset([{ name: 'data.jsonl', text: stream }], {})
      expect(read.problems).toEqual([])
      for (const [i, { set }] of units.entries()) {
        const got = read.documents[i]
        const key = (s: { start: number; end: number; label: string; text: string }) =>
          `${s.start}:${s.end}:${s.label}:${s.text}`
        expect(got?.spans.map(key).sort()).toEqual(set.spans.map(key).sort())
        expect(got?.relations).toHaveLength(set.relations.length)
      }
    },
  )

  it('reads the sequence-labeling export and reports what it cannot keep', () => {
    const lines = [
      JSON.stringify({
        id: 12,
        text: 'Family 👩‍👧 in Idlib',
        label: [
          [7, 12, 'ACTOR'],
          [16, 21, 'PLACE'],
        ],
        Comments: [],
        score: 0.5,
      }),
    ]
    const read = parseDoccanoDataset([{ name: 'export.jsonl', text: lines.join('\n') }], {})
    expect(read.documents[0]?.spans.map((s) => [s.label, s.text])).toEqual([
      ['ACTOR', '👩‍👧'],
      ['PLACE', 'Idlib'],
    ])
    expect(read.problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'field "score" is not a string: not kept'],
    ])
  })
})
