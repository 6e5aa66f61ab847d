import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiOutput } from '../../../shared/contract/api.ts'
import { OffsetMap } from '../../../shared/text/offsets.ts'
import { cleanup, listFiles, makeCorpus, openBackend } from '../../../tests/support/backend.ts'
import type { Backend } from './backend.ts'

afterEach(cleanup)

const IDLIB =
  'Idlib 🇹🇷 report\nOne Turkish soldier was killed in Jisr al-Shughur, the ministry said.'
const SARAQIB = 'Saraqib report\nShelling near Saraqib; a Turkish convoy was hit.'
const ALEPPO = 'Aleppo report\nThe Réunion of donors met in Aleppo.'

type Search = ApiOutput<'documents.search'>

async function search(backend: Backend, query: string, limit?: number): Promise<Search> {
  const result = await backend.invoke('documents.search', { query, ...(limit ? { limit } : {}) })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Search
}

async function setup(): Promise<{ dir: string; backend: Backend; ids: string[] }> {
  const { dir, docIds } = await makeCorpus({ 'a.txt': IDLIB, 'b.txt': SARAQIB, 'c.txt': ALEPPO })
  return { dir, backend: await openBackend(dir), ids: docIds }
}

describe('documents.search', () => {
  it('finds documents holding every word, case and accents ignored, in list order', async () => {
    const { backend, ids } = await setup()
    const turkish = await search(backend, 'TURKISH')
    expect(turkish.total).toBe(2)
    expect(turkish.hits.map((h) => h.docId)).toEqual([ids[0], ids[1]])
    expect((await search(backend, 'turkish convoy')).hits.map((h) => h.docId)).toEqual([ids[1]])
    expect((await search(backend, 'reunion')).hits.map((h) => h.title)).toEqual(['Aleppo report'])
    expect((await search(backend, 'damascus')).total).toBe(0)
  })

  it('matches the last word as a prefix, so results follow typing', async () => {
    const { backend, ids } = await setup()
    expect((await search(backend, 'jisr al-shu')).hits.map((h) => h.docId)).toEqual([ids[0]])
    expect((await search(backend, 'sara')).hits.map((h) => h.docId)).toEqual([ids[1]])
  })

  it('gives the match in code points, with a snippet around it', async () => {
    const { backend } = await setup()
    const [hit] = (await search(backend, 'jisr al shughur')).hits
    const map = new OffsetMap(IDLIB)
    expect(hit && map.slice(hit.start, hit.end)).toBe('Jisr al-Shughur')
    // The flag before the match counts two code points, as Python counts them.
    expect(hit?.start).toBe(Array.from(IDLIB.slice(0, IDLIB.indexOf('Jisr'))).length)
    expect(hit?.snippet).toContain('killed in Jisr al-Shughur, the ministry said.')
    const inSnippet = Array.from(hit?.snippet ?? '').slice(
      (hit?.start ?? 0) - (hit?.snippetStart ?? 0),
      (hit?.end ?? 0) - (hit?.snippetStart ?? 0),
    )
    expect(inSnippet.join('')).toBe('Jisr al-Shughur')
  })

  it('returns at most `limit` hits with the total, and refuses an empty query', async () => {
    const { backend } = await setup()
    const limited = await search(backend, 'report', 2)
    expect(limited.hits).toHaveLength(2)
    expect(limited.total).toBe(3)
    expect((await search(backend, '—')).total).toBe(0)
    const empty = await backend.invoke('documents.search', { query: '' })
    expect(empty).toMatchObject({ ok: false, error: { code: 'bad_request' } })
  })

  it('keeps its index in .cache and follows documents added and removed', async () => {
    const { dir, backend, ids } = await setup()
    expect((await search(backend, 'donors')).total).toBe(1)
    expect(await listFiles(join(dir, '.cache'))).toEqual(['corpus-index.json', 'search-index.json'])
    const imported = await backend.invoke('import.files', {
      files: [{ name: 'd.txt', base64: Buffer.from('Donors pledged more.').toString('base64') }],
    })
    expect(imported.ok).toBe(true)
    expect((await search(backend, 'donors')).total).toBe(2)
    await rm(join(dir, 'documents', `${ids[2] ?? ''}.json`))
    expect((await search(backend, 'donors')).hits.map((h) => h.title)).toEqual([
      'Donors pledged more.',
    ])
    // Half the documents gone: the index drops their numbers (compaction) and still answers.
    await rm(join(dir, 'documents', `${ids[0] ?? ''}.json`))
    expect((await search(backend, 'turkish')).hits.map((h) => h.docId)).toEqual([ids[1]])
    // A new backend (the next start) loads the saved index and gets the same answers.
    const again = await openBackend(dir, 'someone-else')
    expect((await search(again, 'donors')).total).toBe(1)
    expect((await search(again, 'turkish')).total).toBe(1)
  })
})
