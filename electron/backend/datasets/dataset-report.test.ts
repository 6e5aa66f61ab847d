import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { annotate, exportCorpus } from '../../../tests/support/datasets.ts'
import { cleanup, makeCorpus, spanAt, tempDir } from '../../../tests/support/backend.ts'

afterEach(cleanup)

/** A corpus of `n` documents, each with a span nested in another (conll keeps one). */
async function nestedCorpus(n: number): Promise<string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < n; i++) files[`d${i}.txt`] = `Rebels shelled southern Idlib on day ${i}.`
  const { dir, docIds } = await makeCorpus(files)
  for (const id of docIds)
    await annotate(dir, id, 'kim', (text) => [
      spanAt(text, 15, 29, 'PLACE', 's1'),
      spanAt(text, 24, 29, 'PLACE', 's2'),
    ])
  return dir
}

describe('report.tsv', () => {
  it('has a row for every span the card counts, across batch boundaries', async () => {
    // 33 documents: a full batch of 32, then one document whose one note is the last row.
    const dir = await nestedCorpus(33)
    const out = join(await tempDir(), 'data.conll')
    const result = await exportCorpus(dir, { format: 'conll', annotators: ['kim'] }, out)
    expect(result.dropped).toBe(33)
    const card = await readFile(`${out}.card.md`, 'utf8')
    expect(card).toContain('33 left out, 0 written differently.')
    const rows = (await readFile(`${out}.report.tsv`, 'utf8')).trimEnd().split('\n')
    expect(rows[0]).toBe('kind\tdocument\tspan\twhat')
    expect(rows.slice(1).filter((r) => r.startsWith('dropped\t'))).toHaveLength(33)
  })
})
