import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTeamCorpus } from '../../../tests/support/team.ts'
import { cleanup, openBackend, tempDir } from '../../../tests/support/backend.ts'
import { exportDatasetTo } from './dataset-export.ts'

afterEach(cleanup)

interface Line {
  id: string
  annotator: string
  spans: { text: string; label: string }[]
}

describe('exporting the curated layer', () => {
  it('takes the curated layer where a document is curated, else the named layer', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const backend = await openBackend(dir, 'alice')
    const docId = ids['d2'] ?? ''
    const started = await backend.invoke('curation.start', { docId, threshold: 'majority' })
    expect(started.ok).toBe(true)
    await backend.invoke('curation.apply', {
      docId,
      revision: 1,
      ops: [{ op: 'setStatus', before: 'in_progress', after: 'curated' }],
    })
    // A curated layer still in progress elsewhere is not taken.
    await backend.invoke('curation.start', { docId: ids['d1'], threshold: 'all' })
    const out = join(await tempDir(), 'data.jsonl')
    const result = await exportDatasetTo(
      backend.ctx.corpus,
      { format: 'jsonl', annotators: [], curatedElse: 'bob', filter: { untouched: true } },
      { kind: 'path', path: out },
    )
    expect(result.documents).toBe(4)
    const lines = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line)
    const layerOf = Object.fromEntries(lines.map((l) => [l.id, l.annotator]))
    expect(layerOf).toEqual({
      [ids['d1'] ?? '']: 'bob',
      [ids['d2'] ?? '']: 'curation',
      [ids['d3'] ?? '']: 'bob',
      [ids['d4'] ?? '']: 'bob',
    })
    expect(lines.find((l) => l.id === docId)?.spans.map((s) => s.text)).toEqual([
      'Kurdish fighters',
      '3 people were wounded',
      'Manbij',
    ])
    expect(await readFile(`${out}.card.md`, 'utf8')).toContain(
      'layer: curated where curated, else bob',
    )
  })
})
