import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { annotate, exportCorpus } from '../../../tests/support/datasets.ts'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus, spanAt, tempDir } from '../../../tests/support/backend.ts'
import { importDataset } from './dataset-import.ts'
import { validateCorpus } from '../services/validate.ts'

afterEach(cleanup)

const TEXT = 'Rebels  shelled Idlib.'

/** A corpus whose one document has a whitespace-only span (s2) and a self-relation (r1). */
async function brokenCorpus(): Promise<{ dir: string; id: string }> {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  const id = docIds[0] ?? ''
  await annotate(
    dir,
    id,
    'kim',
    (text) => [
      spanAt(text, 0, 6, 'ACTOR', 's1'),
      spanAt(text, 6, 8, 'PLACE', 's2'),
      spanAt(text, 16, 21, 'PLACE', 's3'),
    ],
    [{ id: 'r1', type: 'location', from: 's3', to: 's3' }],
  )
  return { dir, id }
}

describe('the span rules (no whitespace-only span, no relation from a span to itself)', () => {
  it('brat import leaves out a self-relation and a whitespace-only span, saying so', async () => {
    const { dir } = await makeCorpus({})
    const corpus = await Corpus.open(dir)
    try {
      const ann =
        'T1\tACTOR 0 6\tRebels\nT2\tPLACE 6 8\t  \nT3\tPLACE 16 21\tIdlib\nR1\tlocation Arg1:T3 Arg2:T3\n'
      const result = await importDataset(
        corpus,
        [
          { name: 'a.txt', text: TEXT },
          { name: 'a.ann', text: ann },
        ],
        { format: 'brat', annotator: 'kim' },
      )
      expect(result.problems.map((p) => p.message)).toEqual([
        'PLACE span T2 covers only whitespace: skipped',
        'relation R1 links a span to itself (T3): skipped',
      ])
      expect([result.spans, result.relations]).toEqual([2, 0])
      expect((await validateCorpus(corpus)).problems).toEqual([])
    } finally {
      corpus.close()
    }
  })

  it('validate reports both, by file', async () => {
    const { dir, id } = await brokenCorpus()
    const corpus = await Corpus.open(dir, { readOnly: true })
    try {
      const report = await validateCorpus(corpus)
      expect(report.problems).toEqual([
        { file: `annotations/kim/${id}.json`, message: 'PLACE span s2 covers only whitespace' },
        {
          file: `annotations/kim/${id}.json`,
          message: 'relation r1 links a span to itself (s3)',
        },
      ])
    } finally {
      corpus.close()
    }
  })

  it('every export leaves both out and lists them in the card and report.tsv', async () => {
    const { dir, id } = await brokenCorpus()
    const out = join(await tempDir(), 'brat')
    const result = await exportCorpus(dir, { format: 'brat', annotators: ['kim'] }, out)
    expect(result.dropped).toBe(2)
    expect(await readFile(join(out, `${id}.ann`), 'utf8')).toBe(
      'T1\tACTOR 0 6\tRebels\nT2\tPLACE 16 21\tIdlib\n',
    )
    const report = await readFile(join(out, 'report.tsv'), 'utf8')
    expect(report).toContain(`dropped\t${id}\ts2\tPLACE span s2 covers only whitespace\n`)
    expect(report).toContain(`dropped\t${id}\t\trelation r1 links a span to itself (s3)\n`)
  })
})
