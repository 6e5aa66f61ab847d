import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus, spanAt, tempDir } from '../test-support.ts'
import { exportDatasetTo } from './dataset-export.ts'

afterEach(cleanup)

/** A corpus of `n` documents, each with a span nested in another (conll keeps one). */
async function nestedCorpus(n: number): Promise<string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < n; i++) files[`d${i}.txt`] = `Rebels shelled southern Idlib on day ${i}.`
  const { dir, docIds } = await makeCorpus(files)
  const corpus = await Corpus.open(dir)
  try {
    for (const id of docIds) {
      const doc = await corpus.readDocument(id)
      await corpus.writeAnnotations({
        format: 'spanbench.annotations',
        version: 1,
        docId: id,
        annotator: 'kim',
        textSha256: doc.sha256,
        status: 'done',
        revision: 1,
        updatedAt: '2024-05-02T10:00:00.000Z',
        spans: [spanAt(doc.text, 15, 29, 'PLACE', 's1'), spanAt(doc.text, 24, 29, 'PLACE', 's2')],
        relations: [],
      })
    }
  } finally {
    corpus.close()
  }
  return dir
}

describe('report.tsv', () => {
  it('has a row for every span the card counts, across batch boundaries', async () => {
    // 33 documents: a full batch of 32, then one document whose one note is the last row.
    const dir = await nestedCorpus(33)
    const corpus = await Corpus.open(dir, { readOnly: true })
    const out = join(await tempDir(), 'data.conll')
    try {
      const result = await exportDatasetTo(
        corpus,
        { format: 'conll', annotators: ['kim'] },
        { kind: 'path', path: out },
      )
      expect(result.dropped).toBe(33)
    } finally {
      corpus.close()
    }
    const card = await readFile(`${out}.card.md`, 'utf8')
    expect(card).toContain('33 left out, 0 written differently.')
    const rows = (await readFile(`${out}.report.tsv`, 'utf8')).trimEnd().split('\n')
    expect(rows[0]).toBe('kind\tdocument\tspan\twhat')
    expect(rows.slice(1).filter((r) => r.startsWith('dropped\t'))).toHaveLength(33)
  })
})
