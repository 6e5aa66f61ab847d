/**
 * Issue 16.11: temp files a killed writer left are removed when the next
 * writer opens the corpus; a read-only opening leaves them alone.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { cleanup, makeCorpus } from '../../../tests/support/backend.ts'
import { Corpus } from './corpus.ts'

afterEach(cleanup)

it('a writer opening the corpus removes the temp files of writers killed mid-save', async () => {
  const { dir, docIds } = await makeCorpus({ 'a.txt': 'Shelling near Idlib.' })
  const docId = docIds[0] ?? ''
  // A real writer process killed while it writes its temp file.
  const child = spawn(process.execPath, [
    '-e',
    `require('fs').writeFileSync(${JSON.stringify(join(dir, 'documents', `.${docId}.json.4242.ab12cd34.tmp`))}, 'x'.repeat(1e5)); process.kill(process.pid, 'SIGKILL')`,
  ])
  await once(child, 'exit')
  const readOnly = await Corpus.open(dir, { readOnly: true })
  readOnly.close()
  expect((await readdir(join(dir, 'documents'))).filter((n) => n.endsWith('.tmp'))).toHaveLength(1)
  const writer = await Corpus.open(dir)
  expect(await writer.leftoversRemoved).toBe(1)
  writer.close()
  expect((await readdir(join(dir, 'documents'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  expect(await readdir(join(dir, 'documents'))).toEqual([`${docId}.json`])
})
