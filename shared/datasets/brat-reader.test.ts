import { describe, expect, it } from 'vitest'
import { BRAT_COLLECTION } from './brat-standoff.fixtures.ts'
import { parseBratDataset } from './brat-reader.ts'
import { bratWriter } from './brat-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'

const files = (record: Record<string, string>) =>
  Object.entries(record).map(([name, text]) => ({ name, text }))

describe('brat reader', () => {
  it('reads a collection in brat’s standoff format with nothing lost', () => {
    const read = parseBratDataset(files(BRAT_COLLECTION), {})
    expect(read.problems).toEqual([])
    const [ibm, second] = read.documents
    expect(ibm?.id).toBe('ibm')
    expect(ibm?.spans.map((s) => [s.id, s.label, s.text, s.fragments ?? null])).toEqual([
      ['T1', 'Organization', 'International Business Machines Corporation', null],
      ['T2', 'Organization', 'IBM', null],
      [
        'T3',
        'Location',
        'North and South America',
        [
          [65, 70],
          [81, 88],
        ],
      ],
      ['T4', 'Organization', 'Sony', null],
    ])
    expect(ibm?.spans.map((s) => [s.attributes ?? null, s.note ?? null])).toEqual([
      [null, 'this annotation is suspect'],
      [null, null],
      [{ Confidence: 'L1' }, 'one location, written in two pieces'],
      [{ Negation: true }, null],
    ])
    expect(ibm?.relations).toEqual([
      { id: 'R1', type: 'Located', from: 'T1', to: 'T3' },
      { id: 'R2', type: 'Alias', from: 'T2', to: 'T1' },
    ])
    // CRLF counts as one character for brat: the text is read that way.
    expect(second?.text).not.toContain('\r')
    expect(second?.spans.map((s) => s.text)).toEqual([
      'إدلب',
      'A family \u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
      'Turkey',
    ])
    expect(
      read.schema?.labels.map((l) => [
        l.id,
        l.attributes.map((a) => [a.id, a.type, a.options ?? null]),
      ]),
    ).toEqual([
      ['Organization', [['Negation', 'boolean', null]]],
      ['Location', [['Confidence', 'choice', ['L1', 'L2', 'L3']]]],
      ['Group', []],
    ])
    expect(read.schema?.relationTypes).toEqual([
      { id: 'Alias', name: 'Alias', from: ['Organization'], to: ['Organization'] },
      { id: 'Located', name: 'Located', from: ['Organization', 'Group'], to: ['Location'] },
    ])
  })

  it('reports what the model cannot hold, by file and line', () => {
    const read = parseBratDataset(
      files({
        'a.txt': 'Sony bought Ericsson.',
        'a.ann': [
          'T1\tOrganization 0 4\tSony',
          'T2\tMerge 5 11\tbought',
          'T3\tOrganization 12 20\tEricsson',
          'E1\tMerge:T2 Buyer:T1 Target:T3',
          'A1\tNegation E1',
          'N1\tReference T1 Wikipedia:534366\tSony',
          'T4\tOrganization 0 4\tSonny',
          '#1\tAnnotatorNotes R9\tno such relation',
          '',
        ].join('\n'),
        'orphan.ann': 'T1\tX 0 1\ta\n',
      }),
      {},
    )
    expect(read.documents[0]?.spans.map((s) => s.id)).toEqual(['T1', 'T2', 'T3'])
    expect(read.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`)).toEqual([
      'a.ann:7 T4: the text there reads "Sony", not "Sonny"',
      "a.ann:4 E1: an event has no place in Spanbench's model: not imported",
      'a.ann:5 A1: attributes of E1 have no place (only spans have attributes)',
      "a.ann:6 N1: a normalization has no place in Spanbench's model: not imported",
      'a.ann:8 #1: notes on R9 have no place (only spans have notes)',
      'orphan.ann: no .txt file beside it: not imported',
    ])
  })

  it('reads back what the brat writer wrote, with the schema', () => {
    const units = fixtureCorpus().map(({ doc, set }) => ({
      doc,
      set,
      annotator: FIXTURE_ANNOTATOR,
    }))
    const run = runWriter(bratWriter, { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }, units)
    const read = parseBratDataset(
      run.files.map((f) => ({ name: f.path, text: f.content })),
      {},
    )
    expect(read.problems).toEqual([])
    // The schema comes back from annotation.conf and visual.conf, option spaces included.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    const sorted = (schema: typeof FIXTURE_SCHEMA | undefined) => ({
      ...schema,
      labels: schema?.labels.map((l) => ({ ...l, attributes: [...l.attributes].sort(byId) })),
    })
    expect(sorted(read.schema)).toEqual(sorted(FIXTURE_SCHEMA))
    for (const [i, { set }] of units.entries()) {
      const got = read.documents[i]
      expect(got?.spans.map((s) => [s.label, s.attributes ?? {}, s.note ?? null])).toEqual(
        [...(set?.spans ?? [])]
          .sort((a, b) => a.start - b.start || a.end - b.end)
          .map((s) => [s.label, s.attributes ?? {}, s.note ?? null]),
      )
      expect(got?.relations).toHaveLength(set?.relations.length ?? -1)
    }
  })
})
