import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { annotate, exportCorpus } from '../../../tests/support/datasets.ts'
import { cleanup, makeCorpus, spanAt, tempDir } from '../../../tests/support/backend.ts'

afterEach(cleanup)

/** Six documents; the first `annotated` of them have a span. */
async function corpus(annotated: number): Promise<string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < 6; i++) files[`d${i}.txt`] = `Rebels shelled Idlib on day ${i}.`
  const { dir, docIds } = await makeCorpus(files)
  for (const id of docIds.slice(0, annotated))
    await annotate(dir, id, 'kim', (text) => [spanAt(text, 15, 20, 'PLACE', 's1')])
  return dir
}

describe('which documents an export takes', () => {
  it('leaves out untouched documents unless asked, and says so in the result and card', async () => {
    const dir = await corpus(3)
    const out = join(await tempDir(), 'data.conll')
    const result = await exportCorpus(dir, { format: 'conll', annotators: ['kim'] }, out)
    expect(result.documents).toBe(3)
    expect(result.warnings).toEqual([
      '3 documents without annotations (status new, no spans) left out; include them with --include-untouched',
    ])
    expect(await readFile(`${out}.card.md`, 'utf8')).toContain(
      '> **Warning:** 3 documents without annotations',
    )
    const all = await exportCorpus(
      dir,
      { format: 'conll', annotators: ['kim'], filter: { untouched: true } },
      join(await tempDir(), 'all.conll'),
    )
    expect([all.documents, all.warnings]).toEqual([6, []])
  })

  it('warns when a split part gets no document', async () => {
    const dir = await corpus(6)
    const out = join(await tempDir(), 'split')
    const split = { ratios: [80, 10, 10] as [number, number, number], seed: 1, stratify: false }
    const result = await exportCorpus(dir, { format: 'jsonl', annotators: ['kim'], split }, out)
    expect(result.warnings).toEqual([
      'the test split is empty: 6 documents could not fill every share',
    ])
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain(
      '> **Warning:** the test split is empty',
    )
  })
})
