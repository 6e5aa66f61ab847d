import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus } from '../../../tests/support/backend.ts'
import { importDataset } from '../datasets/dataset-import.ts'
import { importFiles, previewImport } from './import-service.ts'

afterEach(cleanup)

const LOST = 'Shelling hit Ari\ufffd\ufffd on Monday.'

describe('text that holds U+FFFD (characters lost before import)', () => {
  it('is imported with a warning naming the file or row and the count', async () => {
    const { dir } = await makeCorpus({})
    const corpus = await Corpus.open(dir)
    try {
      const csv = `title,text\nFine,All is well here.\nLost,${LOST}\n`
      const files = [
        { name: 'a.txt', bytes: Buffer.from(LOST.replace('Monday', 'Tuesday'), 'utf8') },
        { name: 'news.csv', bytes: Buffer.from(csv, 'utf8') },
      ]
      const preview = await previewImport(
        corpus,
        files.map((f) => ({
          name: f.name,
          size: f.bytes.length,
          read: () => Promise.resolve(f.bytes),
        })),
      )
      expect(preview.files.flatMap((f) => f.documents.map((d) => d.warning ?? null))).toEqual([
        expect.stringMatching(/^a\.txt: the text holds 2 U\+FFFD replacement characters/),
        null,
        expect.stringMatching(/^news\.csv row 2: the text holds 2 U\+FFFD/),
      ])
      const results = await importFiles(corpus, files)
      expect(results.map((r) => [r.status, r.warning?.split(':')[0] ?? null])).toEqual([
        ['imported', 'a.txt'],
        ['imported', null],
        ['imported', 'news.csv row 2'],
      ])
    } finally {
      corpus.close()
    }
  })

  it('gives a dataset import a warning, not a failure', async () => {
    const { dir } = await makeCorpus({})
    const corpus = await Corpus.open(dir)
    try {
      const line = JSON.stringify({ id: 'lost', text: LOST, spans: [], relations: [] })
      const result = await importDataset(corpus, [{ name: 'd.jsonl', text: line }], {
        format: 'jsonl',
        annotator: 'kim',
      })
      expect(result.problems).toEqual([
        {
          file: 'd.jsonl',
          line: 1,
          message: expect.stringMatching(/^document lost: the text holds 2 U\+FFFD/) as string,
          warning: true,
        },
      ])
    } finally {
      corpus.close()
    }
  })
})
