import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiOutput } from '../../../shared/contract/api.ts'
import { AnnotationSetSchema } from '../../../shared/contract/model.ts'
import {
  cleanup,
  findCodePoints,
  listFiles,
  makeCorpus,
  openBackend,
  spanAt,
} from '../../../tests/support/backend.ts'
import type { Backend } from './backend.ts'

afterEach(cleanup)

const TEXT =
  'Idlib 🇹🇷 report 👩‍👩‍👧: One Turkish soldier was killed in Jisr al-Shughur, the ministry said.'
const OTHER = 'A second report.\nNothing happened.'

async function setup(): Promise<{ dir: string; docId: string; backend: Backend }> {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT, 'b.txt': OTHER })
  return { dir, docId: docIds[0] ?? '', backend: await openBackend(dir) }
}

function spanOver(quote: string, label: string, id: string): ReturnType<typeof spanAt> {
  const [start, end] = findCodePoints(TEXT, quote)
  return spanAt(TEXT, start, end, label, id)
}

function messageOf(result: Awaited<ReturnType<Backend['invoke']>>): string {
  return result.ok ? '' : result.error.message
}

describe('Backend.invoke', () => {
  it('refuses an unknown method', async () => {
    const { backend } = await setup()
    const result = await backend.invoke('documents.drop', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(messageOf(result)).toContain('documents.drop')
  })

  it('refuses invalid input with a message naming the field', async () => {
    const { backend, docId } = await setup()
    const cases: [string, unknown, string][] = [
      ['documents.get', { id: 5 }, 'field id'],
      ['documents.get', { id: '../../etc/passwd' }, 'field id'],
      ['annotations.apply', { docId, ops: [] }, 'field revision'],
      ['annotations.apply', { docId, revision: 0, ops: [] }, 'field ops'],
      ['annotations.apply', { docId, revision: 0, ops: [{ op: 'nope' }] }, 'field ops.0.op'],
      ['import.files', { files: [{ name: 'a.txt' }] }, 'field files.0.base64'],
    ]
    for (const [method, input, field] of cases) {
      const result = await backend.invoke(method, input)
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
      expect(messageOf(result)).toContain(`${method}: ${field}`)
    }
  })

  it('lists documents with title, length in code points, span count and status', async () => {
    const { backend, docId } = await setup()
    const list = await backend.invoke('documents.list', {})
    expect(list.ok).toBe(true)
    const rows = (list.ok ? list.value : []) as ApiOutput<'documents.list'>
    expect(rows).toHaveLength(2)
    const row = rows.find((r) => r.id === docId)
    expect(row).toEqual({
      id: docId,
      title: TEXT,
      length: Array.from(TEXT).length,
      spanCount: 0,
      status: 'new',
      updatedAt: null,
    })
    expect(rows.find((r) => r.id !== docId)?.title).toBe('A second report.')
  })

  it('gets a document with an empty annotation set before any annotation', async () => {
    const { backend, docId } = await setup()
    const got = await backend.invoke('documents.get', { id: docId })
    expect(got).toMatchObject({
      ok: true,
      value: {
        document: { id: docId, text: TEXT },
        annotations: { docId, annotator: 'tester', revision: 0, spans: [], status: 'new' },
      },
    })
    const missing = await backend.invoke('documents.get', { id: 'nosuchdocument' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('reports the corpus and remembers a new annotator name in the settings', async () => {
    const { backend, dir } = await setup()
    expect(await backend.invoke('corpus.info', {})).toMatchObject({
      ok: true,
      value: { name: 'Test corpus', path: dir, readOnly: false, documentCount: 2 },
    })
    const changed = await backend.invoke('corpus.setAnnotator', { annotator: 'amira' })
    expect(changed).toMatchObject({ ok: true, value: { annotator: 'amira' } })
    const settings = await readFile(join(backend.ctx.home, 'settings.json'), 'utf8')
    expect(JSON.parse(settings)).toMatchObject({ annotator: 'amira' })
  })
})

describe('annotations.apply', () => {
  it('saves spans at code point offsets and bumps the revision', async () => {
    const { backend, dir, docId } = await setup()
    const soldier = spanOver('One Turkish soldier', 'CASUALTY_FIGURE', 's1')
    const place = spanOver('Jisr al-Shughur', 'PLACE', 's2')
    const first = await backend.invoke('annotations.apply', {
      docId,
      revision: 0,
      ops: [
        { op: 'addSpan', span: place },
        { op: 'addSpan', span: soldier },
      ],
    })
    expect(first).toEqual({ ok: true, value: { revision: 1, spanCount: 2 } })
    const second = await backend.invoke('annotations.apply', {
      docId,
      revision: 1,
      ops: [{ op: 'setStatus', before: 'new', after: 'in_progress' }],
    })
    expect(second).toEqual({ ok: true, value: { revision: 2, spanCount: 2 } })
    const path = join(dir, 'annotations', 'tester', `${docId}.json`)
    const saved = AnnotationSetSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    expect(saved.revision).toBe(2)
    expect(saved.status).toBe('in_progress')
    expect(saved.spans).toEqual([soldier, place])
    // Code points: the flag counts 2 and the family 5, as in Python.
    expect(soldier.start).toBe(Array.from(TEXT.slice(0, TEXT.indexOf('One'))).length)
    expect(await listFiles(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/))
  })

  it('refuses a stale revision, changing nothing', async () => {
    const { backend, dir, docId } = await setup()
    const add = (id: string, revision: number): ReturnType<Backend['invoke']> =>
      backend.invoke('annotations.apply', {
        docId,
        revision,
        ops: [{ op: 'addSpan', span: spanOver('Idlib', 'PLACE', id) }],
      })
    expect((await add('p1', 0)).ok).toBe(true)
    const path = join(dir, 'annotations', 'tester', `${docId}.json`)
    const before = await readFile(path)
    const stale = await add('p2', 0)
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(messageOf(stale)).toContain('revision 1, not 0')
    expect(await readFile(path)).toEqual(before)
  })

  it('refuses bad operations and writes nothing', async () => {
    const { backend, dir, docId } = await setup()
    const good = spanOver('Idlib', 'PLACE', 'p1')
    const cases: [unknown[], string][] = [
      [[{ op: 'addSpan', span: { ...good, text: 'Idlic' } }], 'does not match "Idlib"'],
      [[{ op: 'addSpan', span: { ...good, start: 1, end: 6 } }], 'does not match'],
      [[{ op: 'addSpan', span: { ...good, end: 5000 } }], 'outside the text'],
      [[{ op: 'addSpan', span: { ...good, label: 'WEAPON' } }], 'label WEAPON is not in'],
      [
        [
          { op: 'addSpan', span: good },
          { op: 'addSpan', span: good },
        ],
        'span p1 exists already',
      ],
      [[{ op: 'removeSpan', span: good }], 'span p1 does not exist'],
      [
        [
          { op: 'addSpan', span: good },
          { op: 'updateSpan', id: 'p1', before: { start: 0 }, after: { start: 1 } },
        ],
        'start, end and text change together',
      ],
    ]
    for (const [ops, message] of cases) {
      const result = await backend.invoke('annotations.apply', { docId, revision: 0, ops })
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
      expect(messageOf(result)).toContain(message)
    }
    expect(await listFiles(join(dir, 'annotations'))).toEqual([])
  })

  it('moves a span when start, end and text change together', async () => {
    const { backend, docId } = await setup()
    const span = spanOver('Turkish', 'ACTOR', 'a1')
    const moved = spanOver('Turkish soldier', 'ACTOR', 'a1')
    const result = await backend.invoke('annotations.apply', {
      docId,
      revision: 0,
      ops: [
        { op: 'addSpan', span },
        {
          op: 'updateSpan',
          id: 'a1',
          before: { start: span.start, end: span.end, text: span.text },
          after: { start: moved.start, end: moved.end, text: moved.text },
        },
      ],
    })
    expect(result.ok).toBe(true)
    const got = await backend.invoke('documents.get', { id: docId })
    expect(got).toMatchObject({ ok: true, value: { annotations: { spans: [moved] } } })
  })
})
