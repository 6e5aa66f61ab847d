/**
 * A save works on the set kept from the last read or save, and still notices
 * a file changed on disk by someone else (a git pull, a sync), even one that
 * keeps the old size and modification time.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { AnnotationSet } from '../../../shared/contract/model.ts'
import {
  cleanup,
  invokeOk,
  makeCorpus,
  openBackend,
  spanAt,
} from '../../../tests/support/backend.ts'

afterEach(cleanup)

const TEXT = 'Shelling killed 3 civilians in Idlib on Tuesday.'

async function savedOnce() {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  const docId = docIds[0] ?? ''
  const backend = await openBackend(dir, 'alice')
  await invokeOk(backend, 'documents.get', { id: docId })
  const first = await invokeOk(backend, 'annotations.apply', {
    docId,
    revision: 0,
    ops: [{ op: 'addSpan', span: spanAt(TEXT, 31, 36, 'PLACE', 'p1') }],
  })
  const path = backend.ctx.corpus.annotationPath(docId, 'alice')
  return { backend, docId, path, revision: first.revision }
}

describe('saving an open document', () => {
  it('saves one edit after another on the kept set, each on the last revision', async () => {
    const { backend, docId, path, revision } = await savedOnce()
    const second = await invokeOk(backend, 'annotations.apply', {
      docId,
      revision,
      ops: [{ op: 'addSpan', span: spanAt(TEXT, 0, 8, 'ACTOR', 'a1') }],
    })
    expect(second).toEqual({ revision: 2, spanCount: 2 })
    const stored = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
    expect([stored.revision, stored.spans.map((s) => s.id)]).toEqual([2, ['a1', 'p1']])
  })

  it('refuses a save on a file changed elsewhere with the same size and time, and takes the change', async () => {
    const { backend, docId, path, revision } = await savedOnce()
    const before = await stat(path)
    // Someone else's sync: the same bytes but another revision, written back with the old mtime.
    const raw = await readFile(path, 'utf8')
    const theirs = raw.replace(`"revision": ${revision}`, `"revision": 7`)
    expect(theirs.length).toBe(raw.length)
    await writeFile(path, theirs)
    await utimes(path, before.atimeMs / 1000, before.mtimeMs / 1000)
    expect((await stat(path)).mtimeMs).toBeCloseTo(before.mtimeMs, 2)

    const stale = await backend.invoke('annotations.apply', {
      docId,
      revision,
      ops: [{ op: 'addSpan', span: spanAt(TEXT, 0, 8, 'ACTOR', 'a1') }],
    })
    expect(stale.ok ? null : [stale.error.code, stale.error.message]).toEqual([
      'conflict',
      `annotations of ${docId} changed elsewhere (revision 7, not 1); reload the document`,
    ])
    const fresh = await invokeOk(backend, 'annotations.apply', {
      docId,
      revision: 7,
      ops: [{ op: 'addSpan', span: spanAt(TEXT, 0, 8, 'ACTOR', 'a1') }],
    })
    expect(fresh).toEqual({ revision: 8, spanCount: 2 })
  })

  it('reads a span added by someone else before saving over it, and keeps it', async () => {
    const { backend, docId, path, revision } = await savedOnce()
    const stored = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
    const pulled = {
      ...stored,
      spans: [...stored.spans, spanAt(TEXT, 16, 17, 'CASUALTY_FIGURE', 'n1')],
    }
    await writeFile(path, `${JSON.stringify(pulled, null, 2)}\n`)
    await invokeOk(backend, 'annotations.apply', {
      docId,
      revision,
      ops: [{ op: 'setStatus', before: 'new', after: 'in_progress' }],
    })
    const after = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
    expect(after.spans.map((s) => s.id).sort()).toEqual(['n1', 'p1'])
  })

  it('checks the relations an edit touches, and does not block a save on an old one', async () => {
    const { backend, docId, path, revision } = await savedOnce()
    const stored = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
    // A hand-edited file: a relation of a type the schema does not have, between spans that fit.
    const odd = { ...stored, spans: [...stored.spans, spanAt(TEXT, 0, 8, 'ACTOR', 'a1')] }
    odd.relations = [{ id: 'r1', type: 'hearsay', from: 'a1', to: 'p1' }]
    await writeFile(path, `${JSON.stringify(odd, null, 2)}\n`)
    const saved = await invokeOk(backend, 'annotations.apply', {
      docId,
      revision,
      ops: [{ op: 'setStatus', before: 'new', after: 'in_progress' }],
    })
    expect(saved.revision).toBe(revision + 1)
    const after = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
    expect(after.relations.map((r) => r.id)).toEqual(['r1'])
    const touching = await backend.invoke('annotations.apply', {
      docId,
      revision: saved.revision,
      ops: [{ op: 'updateSpan', id: 'a1', before: { label: 'ACTOR' }, after: { label: 'PLACE' } }],
    })
    expect(touching.ok ? null : touching.error.message).toBe(
      'relation r1: type hearsay is not in the corpus schema',
    )
  })
})
