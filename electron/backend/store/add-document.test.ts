import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import type { DocumentRecord } from '../../../shared/contract/model.ts'
import { cleanup, makeCorpus } from '../../../tests/support/backend.ts'
import { Corpus } from './corpus.ts'
import { SpanbenchError } from './errors.ts'

afterEach(cleanup)

describe('Corpus.addDocument', () => {
  it('stores a document once when two adds race: the other is told it exists', async () => {
    const { dir } = await makeCorpus({})
    const corpus = await Corpus.open(dir)
    try {
      const text = 'Shelling hit Ariha.'
      const sha256 = createHash('sha256').update(text).digest('hex')
      const doc: DocumentRecord = {
        format: 'spanbench.document',
        version: 1,
        id: sha256.slice(0, 16),
        title: text,
        source: { fileName: 'a.txt', format: 'txt', importedAt: new Date().toISOString() },
        metadata: {},
        sha256,
        text,
      }
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => corpus.addDocument(doc)),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      for (const r of results.filter((x) => x.status === 'rejected')) {
        expect(r.reason).toBeInstanceOf(SpanbenchError)
        expect((r.reason as SpanbenchError).code).toBe('conflict')
      }
      const files = await readdir(join(dir, 'documents'))
      expect(files).toEqual([`${doc.id}.json`])
    } finally {
      corpus.close()
    }
  })
})
