import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentRecordSchema } from '../../../shared/contract/model.ts'
import { cleanup, makeCorpus, openBackend } from '../../../tests/support/backend.ts'

afterEach(cleanup)

describe('documents.setDate', () => {
  it('stores the day in the document file, shows it in the claims rows, and removes it with ""', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': 'Four civilians were killed.' })
    const id = docIds[0] ?? ''
    const backend = await openBackend(dir)
    await expect(backend.invoke('documents.setDate', { id, date: '2020-06-09' })).resolves.toEqual({
      ok: true,
      value: { date: '2020-06-09' },
    })
    const file = join(dir, 'documents', `${id}.json`)
    const stored = async () =>
      DocumentRecordSchema.parse(JSON.parse(await readFile(file, 'utf8')) as unknown)
    expect((await stored()).metadata).toEqual({ date: '2020-06-09' })
    expect((await stored()).text).toBe('Four civilians were killed.')
    await backend.invoke('documents.setDate', { id, date: '' })
    expect((await stored()).metadata).toEqual({})
  })

  it('refuses what is not a calendar day, naming the field', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': 'Text.' })
    const backend = await openBackend(dir)
    const result = await backend.invoke('documents.setDate', { id: docIds[0], date: '9/6/2020' })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(result.ok ? '' : result.error.message).toContain('documents.setDate: field date')
  })
})
