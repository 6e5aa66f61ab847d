/**
 * Issue 16.10: a span in a file that does not fit the text (an end beyond
 * it) is reported when the document opens, set aside, left out of exports,
 * and never saved again as if valid; it is not lost either.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, expect, it } from 'vitest'
import type { AnnotationSet } from '../../../shared/contract/model.ts'
import { exportWithCli } from '../../../tests/support/export-cli.ts'
import { cleanup, makeCorpus, openBackend, spanAt } from '../../../tests/support/backend.ts'

afterEach(cleanup)

const TEXT = 'Shelling killed 3 civilians in Idlib.'

it('opens with the out-of-range span set aside and named, saves and exports without it', async () => {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  const docId = docIds[0] ?? ''
  const backend = await openBackend(dir, 'alice')
  await backend.invoke('annotations.apply', {
    docId,
    revision: 0,
    ops: [{ op: 'addSpan', span: spanAt(TEXT, 31, 36, 'PLACE', 'p1') }],
  })
  const path = backend.ctx.corpus.annotationPath(docId, 'alice')
  const stored = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
  const bad = { id: 'bad', start: 31, end: 90, label: 'PLACE', text: 'Idlib. and beyond' }
  await writeFile(path, JSON.stringify({ ...stored, spans: [...stored.spans, bad] }, null, 2))

  const opened = await backend.invoke('documents.get', { id: docId })
  expect(opened).toMatchObject({
    ok: true,
    value: { setAside: [expect.stringContaining('span bad: offsets 31-90 are outside the text')] },
  })
  const view = opened.ok ? (opened.value as { annotations: AnnotationSet }).annotations : null
  expect(view?.spans.map((s) => s.id)).toEqual(['p1'])

  const saved = await backend.invoke('annotations.apply', {
    docId,
    revision: stored.revision,
    ops: [{ op: 'addSpan', span: spanAt(TEXT, 16, 17, 'CASUALTY_FIGURE', 'f1') }],
  })
  expect(saved).toMatchObject({ ok: true, value: { spanCount: 2 } })
  const after = await backend.invoke('documents.get', { id: docId })
  expect(after).toMatchObject({
    ok: true,
    value: { setAside: [expect.stringContaining('span bad')] },
  })
  const file = JSON.parse(await readFile(path, 'utf8')) as AnnotationSet
  expect(file.spans.find((s) => s.id === 'bad')).toEqual(bad)

  backend.ctx.corpus.close()
  const { result, out } = await exportWithCli(dir, 'jsonl', 'data.jsonl')
  expect(result.code).toBe(0)
  expect(await readFile(out, 'utf8')).not.toContain('"bad"')
  expect(await readFile(`${out}.card.md`, 'utf8')).toContain('span bad: offsets 31-90')
})
