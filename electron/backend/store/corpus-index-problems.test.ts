import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../shared/contract/model.ts'
import { cleanup, makeCorpus, openBackend } from '../../../tests/support/backend.ts'

afterEach(cleanup)

describe('the document list with a damaged file', () => {
  it('still lists every document, names the file and the reason, and forgets it once the file is gone', async () => {
    const { dir, docIds } = await makeCorpus({
      'a.txt': 'First report.',
      'b.txt': 'Second report.',
    })
    const backend = await openBackend(dir, 'tester')
    const broken = join(dir, 'annotations', 'tester', `${docIds[1]}.json`)
    await backend.invoke('annotations.apply', {
      docId: docIds[1],
      revision: 0,
      ops: [{ op: 'setStatus', before: 'new', after: 'done' }],
    })
    await writeFile(broken, '{"format": "spanbench.annotations", "version": 1, "docId":')
    const listed = await backend.invoke('documents.list', {})
    const rows = (listed.ok ? listed.value : []) as DocumentSummary[]
    expect(rows.map((r) => r.title)).toEqual(['First report.', 'Second report.'])
    expect(rows[1]?.problem).toMatch(
      new RegExp(`${docIds[1]}\\.json is not valid JSON.*left as is`),
    )
    expect(rows[0]?.problem).toBeUndefined()
    const opened = await backend.invoke('documents.get', { id: docIds[1] })
    expect(opened).toMatchObject({ ok: false, error: { code: 'corrupt' } })

    await rm(broken)
    const again = await backend.invoke('documents.list', {})
    expect(((again.ok ? again.value : []) as DocumentSummary[]).every((r) => !r.problem)).toBe(true)
  })
})
