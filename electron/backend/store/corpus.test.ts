import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  FORMAT_VERSION,
  type AnnotationSet,
  type DocumentRecord,
} from '../../../shared/contract/model.ts'
import { defaultSchema } from '../assets.ts'
import {
  cleanup,
  spanbenchError,
  listFiles,
  makeCorpus,
  openBackend,
  spanAt,
  tempDir,
} from '../../../tests/support/backend.ts'
import { Corpus } from './corpus.ts'

afterEach(cleanup)

const TEXT = 'One Turkish soldier was killed in Idlib, the ministry said.'

function doc(id: string): DocumentRecord {
  return {
    format: 'spanbench.document',
    version: FORMAT_VERSION,
    id,
    title: 'One Turkish soldier',
    source: { fileName: 'a.txt', format: 'txt', importedAt: '2024-02-27T10:00:00.000Z' },
    metadata: { outlet: 'AA' },
    sha256: 'a'.repeat(64),
    text: TEXT,
  }
}

function annotations(docId: string, spanOrder: 'sorted' | 'reversed'): AnnotationSet {
  const spans = [spanAt(TEXT, 0, 19, 'CASUALTY_FIGURE', 's1'), spanAt(TEXT, 34, 39, 'PLACE', 's2')]
  return {
    format: 'spanbench.annotations',
    version: FORMAT_VERSION,
    docId,
    annotator: 'tester',
    textSha256: 'a'.repeat(64),
    status: 'in_progress',
    revision: 3,
    updatedAt: '2024-02-27T11:00:00.000Z',
    spans: spanOrder === 'sorted' ? spans : spans.reverse(),
    relations: [{ id: 'r1', type: 'location', from: 's1', to: 's2' }],
  }
}

/** The same object with its keys in reverse order, at every level. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  ) as T
}

describe('Corpus.create and open', () => {
  it('creates the folder layout and opens it with the schema', async () => {
    const dir = join(await tempDir(), 'my corpus')
    await Corpus.create(dir, 'Idlib 2020', await defaultSchema())
    expect(await listFiles(dir)).toEqual(['.gitignore', 'spanbench.json'])
    const corpus = await Corpus.open(dir)
    try {
      expect(corpus.readOnly).toBe(false)
      expect(corpus.manifest.name).toBe('Idlib 2020')
      expect(corpus.manifest.schema.labels.map((l) => l.id)).toEqual([
        'ACTOR',
        'PLACE',
        'CASUALTY_FIGURE',
        'ATTRIBUTION',
      ])
      expect(await corpus.documentIds()).toEqual([])
    } finally {
      corpus.close()
    }
  })

  it('refuses to create a corpus over an existing one, and leaves it as it was', async () => {
    const { dir } = await makeCorpus({ 'a.txt': TEXT })
    const before = await readFile(join(dir, 'spanbench.json'))
    const err = await spanbenchError(Corpus.create(dir, 'again', await defaultSchema()))
    expect(err.message).toContain('exists already')
    expect(await readFile(join(dir, 'spanbench.json'))).toEqual(before)
  })

  it('says a folder without a manifest is not a corpus', async () => {
    const dir = await tempDir()
    const err = await spanbenchError(Corpus.open(dir))
    expect(err.code).toBe('not_found')
    expect(err.message).toContain('is not a Spanbench corpus')
  })
})

describe('files on disk', () => {
  it('are deterministic: same content, identical bytes, whatever the key or span order', async () => {
    const { dir: a } = await makeCorpus()
    const { dir: b } = await makeCorpus()
    const ca = await Corpus.open(a)
    const cb = await Corpus.open(b)
    try {
      await ca.addDocument(doc('d1'))
      await cb.addDocument(reverseKeys(doc('d1')))
      await ca.writeAnnotations(annotations('d1', 'sorted'))
      await cb.writeAnnotations(reverseKeys(annotations('d1', 'reversed')))
    } finally {
      ca.close()
      cb.close()
    }
    for (const file of ['documents/d1.json', 'annotations/tester/d1.json']) {
      const bytesA = await readFile(join(a, file), 'utf8')
      expect(await readFile(join(b, file), 'utf8')).toBe(bytesA)
      // Two-space indent, trailing newline, keys in the format's order.
      expect(bytesA).toBe(`${JSON.stringify(JSON.parse(bytesA), null, 2)}\n`)
      expect(bytesA.startsWith('{\n  "format": "spanbench.')).toBe(true)
    }
    const saved = JSON.parse(
      await readFile(join(a, 'annotations/tester/d1.json'), 'utf8'),
    ) as AnnotationSet
    expect(saved.spans.map((s) => s.id)).toEqual(['s1', 's2'])
  })

  it('reads back exactly what was written', async () => {
    const { dir } = await makeCorpus()
    const corpus = await Corpus.open(dir)
    try {
      await corpus.addDocument(doc('d1'))
      await corpus.writeAnnotations(annotations('d1', 'sorted'))
      expect(await corpus.readDocument('d1')).toEqual(doc('d1'))
      expect(await corpus.readAnnotations('d1', 'tester')).toEqual(annotations('d1', 'sorted'))
      expect(await corpus.readAnnotations('d1', 'someone-else')).toBeNull()
      expect(await corpus.annotators()).toEqual(['tester'])
    } finally {
      corpus.close()
    }
  })

  it('leaves no temp files behind after writes', async () => {
    const { dir } = await makeCorpus({ 'a.txt': TEXT, 'b.txt': `${TEXT} Again.` })
    const corpus = await Corpus.open(dir)
    try {
      await corpus.addDocument(doc('d1'))
      for (let revision = 0; revision < 5; revision++) {
        await corpus.writeAnnotations({ ...annotations('d1', 'sorted'), revision })
      }
    } finally {
      corpus.close()
    }
    expect((await listFiles(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('a corrupt or newer file', () => {
  /** A corpus whose annotation file for its one document is `damage` of a valid one. */
  async function damaged(
    damage: (valid: Record<string, unknown>) => string,
  ): Promise<{ dir: string; path: string; docId: string; before: Buffer }> {
    const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
    const docId = docIds[0] ?? ''
    const { sha256 } = await (await Corpus.open(dir, { readOnly: true })).readDocument(docId)
    const set = { ...annotations(docId, 'sorted'), textSha256: sha256, spans: [], relations: [] }
    await mkdir(join(dir, 'annotations', 'tester'), { recursive: true })
    const path = join(dir, 'annotations', 'tester', `${docId}.json`)
    await writeFile(path, damage(JSON.parse(JSON.stringify(set)) as Record<string, unknown>))
    return { dir, path, docId, before: await readFile(path) }
  }

  const setStatus = { op: 'setStatus', before: 'in_progress', after: 'done' }

  it('truncated JSON is reported with its path and position, and never overwritten', async () => {
    const { dir, path, docId, before } = await damaged((valid) =>
      JSON.stringify(valid, null, 2).slice(0, 120),
    )
    const backend = await openBackend(dir)
    const read = await backend.invoke('documents.get', { id: docId })
    expect(read).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(read.ok ? '' : read.error.message).toContain(path)
    expect(read.ok ? '' : read.error.message).toMatch(/position \d+/)
    const write = await backend.invoke('annotations.apply', {
      docId,
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(TEXT, 34, 39, 'PLACE', 'p1') }],
    })
    expect(write).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(await readFile(path)).toEqual(before)
  })

  it('a field of the wrong type is reported with the field, and never overwritten', async () => {
    const span = { ...spanAt(TEXT, 34, 39, 'PLACE', 'p1'), start: '34' }
    const { dir, path, docId, before } = await damaged((valid) =>
      JSON.stringify({ ...valid, spans: [span] }, null, 2),
    )
    const backend = await openBackend(dir)
    const write = await backend.invoke('annotations.apply', {
      docId,
      revision: 3,
      ops: [setStatus],
    })
    expect(write).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    const message = write.ok ? '' : write.error.message
    expect(message).toContain(path)
    expect(message).toContain('field spans.0.start')
    expect(await readFile(path)).toEqual(before)
  })

  it('a file of a newer format version is refused, saying which version is needed', async () => {
    const { dir, path, docId, before } = await damaged((valid) =>
      JSON.stringify({ ...valid, version: 2 }, null, 2),
    )
    const backend = await openBackend(dir)
    const read = await backend.invoke('documents.get', { id: docId })
    expect(read).toMatchObject({ ok: false, error: { code: 'too_new' } })
    expect(read.ok ? '' : read.error.message).toMatch(/version 2; this Spanbench reads version 1/)
    const write = await backend.invoke('annotations.apply', {
      docId,
      revision: 3,
      ops: [setStatus],
    })
    expect(write).toMatchObject({ ok: false, error: { code: 'too_new' } })
    expect(await readFile(path)).toEqual(before)
  })

  it('a corpus whose manifest is a newer version does not open', async () => {
    const { dir } = await makeCorpus()
    const manifestPath = join(dir, 'spanbench.json')
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: 3 }))
    const err = await spanbenchError(Corpus.open(dir))
    expect(err.code).toBe('too_new')
    expect(err.message).toContain(manifestPath)
    expect(err.message).toMatch(/version 3.*version 2/)
  })
})
