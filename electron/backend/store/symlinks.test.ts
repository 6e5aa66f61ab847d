/**
 * Issue 16.7: symbolic links in a corpus (which a shared repository or a
 * sync can bring) are never followed: nothing outside the corpus is listed,
 * read, quoted or written.
 */
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { formatValidation, validateCorpus } from '../services/validate.ts'
import {
  cleanup,
  makeCorpus,
  openBackend,
  spanAt,
  tempDir,
} from '../../../tests/support/backend.ts'

afterEach(cleanup)

const TEXT = 'Shelling killed 3 civilians in Idlib.'

it('saving as an annotator whose folder links outside the corpus writes nothing there', async () => {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  const outside = await tempDir()
  await symlink(outside, join(dir, 'annotations', 'mallory'))
  const backend = await openBackend(dir, 'mallory')
  const saved = await backend.invoke('annotations.apply', {
    docId: docIds[0],
    revision: 0,
    ops: [{ op: 'addSpan', span: spanAt(TEXT, 31, 36, 'PLACE', 'p1') }],
  })
  expect(saved).toMatchObject({ ok: false, error: { code: 'corrupt' } })
  expect(saved.ok ? '' : saved.error.message).toContain('is a symbolic link')
  expect(await readdir(outside)).toEqual([])
})

it('a document file that links outside is not listed, opened or annotated', async () => {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  const docId = docIds[0] ?? ''
  const outside = await tempDir()
  const stored = JSON.parse(
    await readFile(join(dir, 'documents', `${docId}.json`), 'utf8'),
  ) as Record<string, unknown>
  await writeFile(join(outside, 'x.json'), JSON.stringify({ ...stored, id: 'elsewhere' }))
  await symlink(join(outside, 'x.json'), join(dir, 'documents', 'elsewhere.json'))
  await symlink('/etc/passwd', join(dir, 'documents', 'passwd.json'))
  const backend = await openBackend(dir)
  const list = await backend.invoke('documents.list', {})
  expect(JSON.stringify(list)).not.toContain('elsewhere')
  for (const id of ['elsewhere', 'passwd']) {
    const got = await backend.invoke('documents.get', { id })
    expect(got.ok).toBe(false)
    expect(JSON.stringify(got)).not.toContain('root:')
    const applied = await backend.invoke('annotations.apply', {
      docId: id,
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(TEXT, 31, 36, 'PLACE', 'p1') }],
    })
    expect(applied.ok).toBe(false)
  }
  const report = formatValidation(await validateCorpus(backend.ctx.corpus))
  expect(report).toContain('documents/passwd.json')
  expect(report).toContain('symbolic link')
  expect(report).not.toContain('root:')
})
