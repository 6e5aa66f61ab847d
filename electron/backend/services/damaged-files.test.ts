/**
 * Issue 16.6: one damaged file never blocks corpus-wide work. The damaged
 * document is left out and named; claims, stats, schema impact, the CLI
 * export and browser mode's download all work for the rest.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { exportWithCli } from '../../../tests/support/export-cli.ts'
import {
  cleanup,
  downloadExport,
  makeCorpus,
  openBackend,
  spanAt,
  tempDir,
} from '../../../tests/support/backend.ts'
import { startWebServer } from '../../server/web-server.ts'
import { corpusStats, formatStats } from './stats.ts'
import { formatValidation, validateCorpus } from './validate.ts'

afterEach(cleanup)

const TEXTS = {
  'a.txt': 'Shelling killed 3 civilians in Idlib.',
  'b.txt': 'Shelling killed 4 civilians in Hama.',
  'c.txt': 'Shelling killed 5 civilians in Homs.',
}

async function corpusWithDamage() {
  const { dir, docIds } = await makeCorpus(TEXTS)
  const backend = await openBackend(dir, 'alice')
  for (const [i, docId] of docIds.entries()) {
    const text = Object.values(TEXTS)[i] ?? ''
    const applied = await backend.invoke('annotations.apply', {
      docId,
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(text, 16, 17, 'CASUALTY_FIGURE', `f${i}`) }],
    })
    expect(applied.ok).toBe(true)
  }
  const damaged = backend.ctx.corpus.annotationPath(docIds[1] ?? '', 'alice')
  await writeFile(damaged, '{"format": "spanbench.annotations", "spans": [{')
  return { dir, docIds, backend, damaged }
}

it('claims, stats and the schema impact leave the damaged document out and name it', async () => {
  const { backend, damaged } = await corpusWithDamage()
  const claims = await backend.invoke('claims.list', {})
  expect(claims.ok && Array.isArray(claims.value) && claims.value.length).toBe(2)
  const stats = await corpusStats(backend.ctx.corpus, 'alice')
  expect(stats.spans).toBe(2)
  expect(formatStats(stats)).toContain(damaged)
  const schema = backend.ctx.corpus.manifest.schema
  const impact = await backend.invoke('schema.impact', { schema, renames: {} })
  expect(impact).toMatchObject({
    ok: true,
    value: { problems: [expect.stringContaining(damaged)] },
  })
})

it('spanbench export writes the rest and names the damaged file', async () => {
  const { dir, damaged, backend } = await corpusWithDamage()
  backend.ctx.corpus.close()
  const { result, out } = await exportWithCli(dir, 'jsonl', 'data.jsonl')
  expect(result.code).toBe(0)
  expect(result.stderr).toContain(`left out: ${damaged}`)
  expect((await readFile(out, 'utf8')).trim().split('\n')).toHaveLength(2)
  expect(await readFile(`${out}.card.md`, 'utf8')).toContain(damaged)
})

it('browser mode’s download is complete, without the damaged document', async () => {
  const { backend } = await corpusWithDamage()
  const server = await startWebServer({ backend, staticDir: await tempDir() })
  try {
    const { res, files } = await downloadExport(server.port, server.token, {
      format: 'jsonl',
      options: { untouched: true },
    })
    expect(res.status).toBe(200)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect((files.get('Test-corpus.jsonl') ?? '').trim().split('\n')).toHaveLength(2)
  } finally {
    await server.close()
  }
})

it('validate says a document could not be read, not that it does not exist (issue 16.12)', async () => {
  const { backend, docIds } = await corpusWithDamage()
  const docId = docIds[2] ?? ''
  await writeFile(join(backend.ctx.corpus.dir, 'documents', `${docId}.json`), '{"id": ')
  const report = formatValidation(await validateCorpus(backend.ctx.corpus))
  expect(report).toContain(`its document documents/${docId}.json could not be read`)
  expect(report).not.toContain(`there is no document ${docId}`)
})
