import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FORMAT_VERSION } from '../../../shared/contract/model.ts'
import {
  cleanup,
  spanbenchError,
  listFiles,
  makeCorpus,
  spanAt,
  startServerProcess,
  tempDir,
} from '../../../tests/support/backend.ts'
import { Backend } from '../services/backend.ts'
import { writeFileAtomic } from './atomic-file.ts'
import { Corpus } from './corpus.ts'
import { deadPid } from './lock-race.ts'

afterEach(cleanup)

const TEXT = 'At least 6 members of the group were killed near Saraqib.'
const LOCK = '.spanbench-lock'

describe('the writer lock', () => {
  it('opens a second instance read-only, naming the process that holds the lock', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
    const docId = docIds[0] ?? ''
    const first = await Corpus.open(dir)
    const second = await Corpus.open(dir)
    try {
      expect(first.readOnly).toBe(false)
      expect(second.readOnly).toBe(true)
      expect(second.readOnlyReason).toContain(`process ${process.pid} on ${hostname()}`)

      const document = await second.readDocument(docId)
      const added = await spanbenchError(second.addDocument({ ...document, id: 'other' }))
      expect(added.code).toBe('read_only')
      const written = await spanbenchError(
        second.writeAnnotations({
          format: 'spanbench.annotations',
          version: FORMAT_VERSION,
          docId,
          annotator: 'tester',
          textSha256: document.sha256,
          status: 'new',
          revision: 1,
          updatedAt: new Date().toISOString(),
          spans: [],
          relations: [],
        }),
      )
      expect(written.code).toBe('read_only')
      expect(written.message).toContain('is read-only')

      const backend = new Backend({ corpus: second, annotator: 'tester', home: await tempDir() })
      const info = await backend.invoke('corpus.info', {})
      expect(info).toMatchObject({ ok: true, value: { readOnly: true } })
      const apply = await backend.invoke('annotations.apply', {
        docId,
        revision: 0,
        ops: [{ op: 'addSpan', span: spanAt(TEXT, 49, 56, 'PLACE', 'p1') }],
      })
      expect(apply).toMatchObject({ ok: false, error: { code: 'read_only' } })
      const imported = await backend.invoke('import.files', {
        files: [{ name: 'b.txt', base64: Buffer.from('New text.').toString('base64') }],
      })
      expect(imported).toMatchObject({ ok: false, error: { code: 'read_only' } })
      expect(await second.documentIds()).toEqual([docId])
    } finally {
      second.close()
      first.close()
    }
  })

  it('names another running process that holds the lock', async () => {
    const { dir } = await makeCorpus({ 'a.txt': TEXT })
    const server = await startServerProcess(dir, await tempDir())
    const corpus = await Corpus.open(dir)
    try {
      expect(corpus.readOnlyReason).toContain(`process ${server.child.pid ?? '?'} on`)
    } finally {
      corpus.close()
    }
  })

  it('a closed corpus releases the lock for the next writer', async () => {
    const { dir } = await makeCorpus()
    ;(await Corpus.open(dir)).close()
    expect(await listFiles(dir)).not.toContain(LOCK)
    const next = await Corpus.open(dir)
    expect(next.readOnly).toBe(false)
    next.close()
  })

  it('closing does not leave a process exit handler behind', async () => {
    const { dir } = await makeCorpus()
    const listeners = process.listenerCount('exit')
    for (let i = 0; i < 12; i++) (await Corpus.open(dir)).close()
    expect(process.listenerCount('exit')).toBe(listeners)
  })

  it('takes over a stale lock left by a process that died on this host', async () => {
    const { dir } = await makeCorpus()
    const pid = await deadPid()
    await writeFile(join(dir, LOCK), JSON.stringify({ pid, host: hostname(), since: 'then' }))
    const corpus = await Corpus.open(dir)
    try {
      expect(corpus.readOnly).toBe(false)
      const lock = JSON.parse(await readFile(join(dir, LOCK), 'utf8')) as { pid: number }
      expect(lock.pid).toBe(process.pid)
    } finally {
      corpus.close()
    }
  })

  it('does not take over a lock from another host, which it cannot check', async () => {
    const { dir } = await makeCorpus()
    const pid = await deadPid()
    await writeFile(join(dir, LOCK), JSON.stringify({ pid, host: 'laptop-of-a-colleague' }))
    const corpus = await Corpus.open(dir)
    expect(corpus.readOnlyReason).toContain(`process ${pid} on laptop-of-a-colleague`)
    corpus.close()
    expect(await readFile(join(dir, LOCK), 'utf8')).toContain('laptop-of-a-colleague')
  })

  it('opens read-only when asked, without touching the lock', async () => {
    const { dir } = await makeCorpus()
    const corpus = await Corpus.open(dir, { readOnly: true })
    expect(corpus.readOnlyReason).toBe('opened read-only')
    expect(await listFiles(dir)).not.toContain(LOCK)
  })
})

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'a.json')
    await writeFileAtomic(path, 'one\n')
    await writeFileAtomic(path, 'two\n')
    expect(await readFile(path, 'utf8')).toBe('two\n')
    expect(await listFiles(dir)).toEqual(['a.json'])
  })

  it('removes its temp file when the rename fails, and keeps what was there', async () => {
    const dir = await tempDir()
    const target = join(dir, 'taken')
    await mkdir(join(target, 'inside'), { recursive: true })
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow()
    expect(await listFiles(dir)).toEqual([])
  })
})
