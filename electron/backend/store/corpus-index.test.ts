import { readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiOutput } from '../../../shared/contract/api.ts'
import {
  cleanup,
  listFiles,
  makeCorpus,
  openBackend,
  runCli,
  spanAt,
  tempDir,
} from '../../../tests/support/backend.ts'
import { Corpus } from './corpus.ts'

afterEach(cleanup)

const A = 'Turkish soldier killed in Idlib\nOne Turkish soldier was killed.'
const B = 'Shelling near Saraqib\nAt least 6 members were killed.'

/**
 * The document list as a writer opening the corpus shows it once its files
 * were checked (a writer keeps the cache; the first answer may come from the
 * cache alone, with the check right after it).
 */
async function list(dir: string): Promise<ApiOutput<'documents.list'>> {
  const corpus = await Corpus.open(dir)
  try {
    await corpus.index.summaries('tester')
    await corpus.index.checked()
    return await corpus.index.summaries('tester')
  } finally {
    corpus.close()
  }
}

const PAST = new Date('2020-01-01T00:00:00.000Z')

/** Rewrites a file with `edit` applied, keeping its size and (whole-second) modification time. */
async function rewriteInPlace(path: string, edit: (raw: string) => string): Promise<void> {
  const raw = await readFile(path, 'utf8')
  const changed = edit(raw)
  expect(changed.length).toBe(raw.length)
  await writeFile(path, changed)
  await utimes(path, PAST, PAST)
}

describe('the corpus index', () => {
  it('lists from .cache/corpus-index.json, the only file it adds', async () => {
    const { dir } = await makeCorpus({ 'a.txt': A, 'b.txt': B })
    const before = await listFiles(dir)
    const rows = await list(dir)
    expect(rows.map((r) => r.title)).toEqual([
      'Turkish soldier killed in Idlib',
      'Shelling near Saraqib',
    ])
    expect(await listFiles(dir)).toEqual([...before, '.cache/corpus-index.json'].sort())
  })

  it('opened read-only, lists and searches from the files and writes nothing, not even a cache', async () => {
    const { dir } = await makeCorpus({ 'a.txt': A, 'b.txt': B })
    const home = await tempDir()
    const before = await listFiles(dir)
    const stats = await runCli(['stats', '--corpus', dir], home)
    expect(stats.stdout).toMatch(/documents: 2\b/)
    const search = await runCli(['search', '--corpus', dir, 'Saraqib'], home)
    expect(search.stdout).toContain('Shelling near Saraqib')
    expect(await listFiles(dir)).toEqual(before)
  })

  it('opened read-only, reads a cache a writer left', async () => {
    const { dir } = await makeCorpus({ 'a.txt': A })
    await list(dir)
    const cached = await readFile(join(dir, '.cache', 'corpus-index.json'), 'utf8')
    const corpus = await Corpus.open(dir, { readOnly: true })
    expect((await corpus.index.summaries('tester')).map((r) => r.title)).toEqual([
      'Turkish soldier killed in Idlib',
    ])
    expect(await readFile(join(dir, '.cache', 'corpus-index.json'), 'utf8')).toBe(cached)
  })

  it('trusts an entry while its file keeps mtime and size, and reads the file again when they change', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': A })
    const path = join(dir, 'documents', `${docIds[0] ?? ''}.json`)
    await utimes(path, PAST, PAST)
    await list(dir)
    // The same size and mtime: the index does not read the file again.
    await rewriteInPlace(path, (raw) => raw.replace('"title": "Turkish', '"title": "Kurdish'))
    expect((await list(dir))[0]?.title).toBe('Turkish soldier killed in Idlib')
    // A newer mtime (a git pull, an editor): the file is read again.
    const now = new Date()
    await utimes(path, now, now)
    expect((await list(dir))[0]?.title).toBe('Kurdish soldier killed in Idlib')
  })

  it('answers the first listing from the cache while the folders are unchanged, then checks the files and says so', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': A, 'b.txt': B })
    const path = join(dir, 'documents', `${docIds[0] ?? ''}.json`)
    await list(dir)
    // Changed in place (no rename): the folder does not change, so the cache answers first.
    const raw = await readFile(path, 'utf8')
    await writeFile(path, raw.replace('"title": "Turkish', '"title": "Kurdish'))
    const corpus = await Corpus.open(dir)
    const first = await corpus.index.summaries('tester')
    expect(first[0]?.title).toBe('Turkish soldier killed in Idlib')
    expect(corpus.index.corrections).toBe(0)
    await corpus.index.checked()
    expect(corpus.index.corrections).toBe(1)
    expect((await corpus.index.summaries('tester'))[0]?.title).toBe(
      'Kurdish soldier killed in Idlib',
    )
    corpus.close()
    // A document added (a new file in the folder): listed at once, by a full check.
    await writeFile(join(dir, 'documents', 'zz.json'), raw.replace(/"id": "[^"]+"/, '"id": "zz"'))
    const reopened = await Corpus.open(dir)
    expect((await reopened.index.summaries('tester')).map((r) => r.id)).toContain('zz')
    await reopened.index.checked()
    expect(reopened.index.corrections).toBe(0)
    reopened.close()
  })

  it('notices documents and annotation files added, changed or removed outside the app', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': A, 'b.txt': B })
    const [a = '', b = ''] = docIds
    const backend = await openBackend(dir)
    await backend.invoke('annotations.apply', {
      docId: a,
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(A, 0, 7, 'ACTOR', 's1') }],
    })
    expect((await list(dir)).find((r) => r.id === a)?.spanCount).toBe(1)
    // Another machine's annotations arrive (as a git pull writes them): two spans, done.
    const setPath = join(dir, 'annotations', 'tester', `${a}.json`)
    const set = JSON.parse(await readFile(setPath, 'utf8')) as Record<string, unknown>
    const spans = [spanAt(A, 0, 7, 'ACTOR', 's1'), spanAt(A, 26, 31, 'PLACE', 's2')]
    await writeFile(setPath, `${JSON.stringify({ ...set, status: 'done', spans }, null, 2)}\n`)
    expect((await list(dir)).find((r) => r.id === a)).toMatchObject({
      spanCount: 2,
      status: 'done',
    })
    await rm(setPath)
    expect((await list(dir)).find((r) => r.id === a)).toMatchObject({ spanCount: 0, status: 'new' })
    await rm(join(dir, 'documents', `${b}.json`))
    expect((await list(dir)).map((r) => r.id)).toEqual([a])
  })

  it('follows saves made through the backend without reading the corpus again', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': A })
    const docId = docIds[0] ?? ''
    const backend = await openBackend(dir)
    const listed = async () => {
      const result = await backend.invoke('documents.list', {})
      return result.ok ? (result.value as ApiOutput<'documents.list'>) : []
    }
    expect((await listed())[0]?.spanCount).toBe(0)
    await backend.invoke('annotations.apply', {
      docId,
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(A, 0, 7, 'ACTOR', 's1') }],
    })
    expect((await listed())[0]).toMatchObject({ spanCount: 1, status: 'new' })
    const imported = await backend.invoke('import.files', {
      files: [{ name: 'b.txt', base64: Buffer.from(B).toString('base64') }],
    })
    expect(imported.ok).toBe(true)
    expect((await listed()).map((r) => r.title)).toContain('Shelling near Saraqib')
  })

  it('rebuilds a damaged cache, and reports a corrupt corpus file by its path', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': A })
    await list(dir)
    await writeFile(join(dir, '.cache', 'corpus-index.json'), '{"format": "spanbench.corp')
    expect((await list(dir)).map((r) => r.title)).toEqual(['Turkish soldier killed in Idlib'])
    const path = join(dir, 'documents', `${docIds[0] ?? ''}.json`)
    await writeFile(path, '{ "format": "spanbench.document", "version": 1 }')
    const [row] = await list(dir)
    expect(row?.problem).toContain(path)
  })

  it('reads a file again when its cached row does not fit, and lists the rest from the cache', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': A, 'b.txt': B })
    await list(dir)
    const cachePath = join(dir, '.cache', 'corpus-index.json')
    const cache = JSON.parse(await readFile(cachePath, 'utf8')) as { documents: unknown[][] }
    const [damaged = '', kept = ''] = docIds
    const rowOf = (id: string) => cache.documents.findIndex((row) => row[0] === id)
    cache.documents[rowOf(damaged)] = [damaged, 'not a time', 1, 'Wrong title', 0, '', '']
    const keptRow = cache.documents[rowOf(kept)] ?? []
    // A title only the cache holds: listed as is, so that row was not read again.
    cache.documents[rowOf(kept)] = [
      ...keptRow.slice(0, 3),
      'Title from the cache',
      ...keptRow.slice(4),
    ]
    await writeFile(cachePath, JSON.stringify(cache))
    expect((await list(dir)).map((r) => r.title).sort()).toEqual([
      'Title from the cache',
      'Turkish soldier killed in Idlib',
    ])
  })
})
