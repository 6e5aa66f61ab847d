import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURE_ANNOTATOR } from '../../../shared/datasets/test-corpus.fixtures.ts'
import { makeFixtureCorpus } from '../../../tests/support/datasets.ts'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus, tempDir } from '../../../tests/support/backend.ts'
import { exportDatasetTo } from './dataset-export.ts'
import { importDataset } from './dataset-import.ts'

afterEach(cleanup)

async function fixtureJsonl(): Promise<string> {
  const { dir } = await makeFixtureCorpus()
  const path = join(await tempDir(), 'data.jsonl')
  const corpus = await Corpus.open(dir, { readOnly: true })
  await exportDatasetTo(
    corpus,
    { format: 'jsonl', annotators: [FIXTURE_ANNOTATOR] },
    { kind: 'path', path },
  )
  return readFile(path, 'utf8')
}

describe('importDataset into an existing corpus', () => {
  it('grows the schema to fit, and never overwrites annotations already there', async () => {
    const text = (await fixtureJsonl()).replace(/"ACTOR"/g, '"ARMED_ACTOR"')
    const { dir } = await makeCorpus()
    const corpus = await Corpus.open(dir)
    try {
      const first = await importDataset(corpus, [{ name: 'data.jsonl', text }], {
        format: 'jsonl',
        annotator: 'nobody',
      })
      expect([first.read, first.created, first.sets, first.spans]).toEqual([3, 3, 3, 24])
      expect(first.problems).toEqual([])
      expect(first.schemaAdded).toContain('label ARMED_ACTOR')
      expect(corpus.manifest.schema.labels.map((l) => l.id)).toContain('ARMED_ACTOR')

      const again = await importDataset(corpus, [{ name: 'data.jsonl', text }], {
        format: 'jsonl',
        annotator: 'nobody',
      })
      expect([again.created, again.sets]).toEqual([0, 0])
      expect(again.problems.map((p) => [p.line, p.message.replace(/ on \w+ /, ' on … ')])).toEqual([
        [1, `${FIXTURE_ANNOTATOR} has annotations on … already: not overwritten`],
        [2, `${FIXTURE_ANNOTATOR} has annotations on … already: not overwritten`],
        [3, `${FIXTURE_ANNOTATOR} has annotations on … already: not overwritten`],
      ])
    } finally {
      corpus.close()
    }
  })

  it('moves spans onto canonical text (CRLF, NFC) and reports the ones it cannot place', async () => {
    const raw = 'The Re\u0301sume\u0301\r\nof Idlib'
    const line = JSON.stringify({
      text: raw,
      spans: [
        { id: 'a', start: 4, end: 12, label: 'ATTRIBUTION', text: 'Re\u0301sume\u0301' },
        { id: 'b', start: 17, end: 22, label: 'PLACE', text: 'Idlib' },
        { id: 'c', start: 6, end: 7, label: 'ACTOR', text: '\u0301' },
      ],
      relations: [{ id: 'r', type: 'source', from: 'a', to: 'c' }],
    })
    const { dir } = await makeCorpus()
    const corpus = await Corpus.open(dir)
    try {
      const result = await importDataset(corpus, [{ name: 'x.jsonl', text: line }], {
        format: 'jsonl',
        annotator: 'kim',
      })
      expect(result.problems.map((p) => p.message)).toEqual([
        'span c starts or ends inside a character that Unicode composition (NFC) changes: skipped',
        '1 relation(s) of skipped spans: skipped',
      ])
      const [id = ''] = await corpus.documentIds()
      expect((await corpus.readDocument(id)).text).toBe('The R\u00e9sum\u00e9\nof Idlib')
      const set = await corpus.readAnnotations(id, 'kim')
      expect(set?.spans.map((s) => [s.id, s.start, s.end, s.text])).toEqual([
        ['a', 4, 10, 'R\u00e9sum\u00e9'],
        ['b', 14, 19, 'Idlib'],
      ])
    } finally {
      corpus.close()
    }
  })
})
