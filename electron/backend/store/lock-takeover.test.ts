/**
 * Issue 16.4 and 16.5: the writer lock on a read-only folder, a full disk,
 * an empty or garbage lock, a pid that was reused, another host's lock, and
 * two processes racing for a stale lock. The mount tests need root (CI is).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFile, readdir, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  callApi,
  cleanup,
  makeCorpus,
  runCli,
  startServerProcess,
  tempDir,
} from '../../../tests/support/backend.ts'
import { Corpus } from './corpus.ts'
import { readOnlyView, smallDisk } from '../../../tests/support/fs-fixtures.ts'
import { breakLock } from './lock.ts'
import { deadPid, raceForStaleLock } from './lock-race.ts'

afterEach(cleanup)

const LOCK = '.spanbench-lock'

async function writeOld(path: string, content: string): Promise<void> {
  await writeFile(path, content)
  const then = new Date(Date.now() - 60_000)
  await utimes(path, then, then)
}

async function opensWritable(dir: string): Promise<boolean> {
  const corpus = await Corpus.open(dir)
  corpus.close()
  return !corpus.readOnly
}

describe('taking over a stale lock', () => {
  it('an empty lock or a garbage one (left by a full disk or a crash) is taken over', async () => {
    const { dir } = await makeCorpus()
    for (const content of ['', '{"pid": 12', '\u0000\u0000\u0000']) {
      await writeOld(join(dir, LOCK), content)
      expect(await opensWritable(dir)).toBe(true)
    }
  })

  it('a lock whose pid now belongs to another program is taken over', async () => {
    const { dir } = await makeCorpus()
    const sleeper = spawn('sleep', ['30'])
    try {
      // An older Spanbench's lock (no start time) naming a live pid that is not Spanbench.
      await writeOld(join(dir, LOCK), JSON.stringify({ pid: sleeper.pid, host: hostname() }))
      expect(await opensWritable(dir)).toBe(true)
      // This Spanbench's lock naming our own pid, but another process start: the pid was reused.
      const lock = { pid: process.pid, host: hostname(), start: '1' }
      await writeOld(join(dir, LOCK), JSON.stringify(lock))
      expect(await opensWritable(dir)).toBe(true)
    } finally {
      sleeper.kill()
      await once(sleeper, 'exit')
    }
  })

  it('another host’s lock is kept, and the reason says how to release it', async () => {
    const { dir } = await makeCorpus()
    await writeFile(join(dir, LOCK), JSON.stringify({ pid: 4242, host: 'laptop-of-a-colleague' }))
    const corpus = await Corpus.open(dir)
    corpus.close()
    expect(corpus.readOnlyReason).toContain(`delete ${join(dir, LOCK)} to write here`)
    expect(await breakLock(join(dir, LOCK))).toMatchObject({ removed: true })
    expect(await opensWritable(dir)).toBe(true)
  })

  it('of two processes starting together on a stale lock, exactly one writes (10 rounds)', async () => {
    const dir = await tempDir()
    const pid = await deadPid()
    const winners: number[] = []
    for (let round = 0; round < 10; round++)
      winners.push(await raceForStaleLock(join(dir, LOCK), pid))
    expect(winners).toEqual(Array.from({ length: 10 }, () => 1))
  }, 120_000)
})

describe('folders that cannot be written (needs root: mounts)', () => {
  it('a corpus in a read-only folder opens read-only, and the CLI reads it', async () => {
    const { dir } = await makeCorpus({ 'a.txt': 'Shelling near Idlib.' })
    const view = await readOnlyView(dir)
    try {
      const corpus = await Corpus.open(view.path)
      corpus.close()
      expect(corpus.readOnlyReason).toContain('EROFS')
      expect(await corpus.documentIds()).toHaveLength(1)
      const stats = await runCli(['stats', '--corpus', view.path], await tempDir())
      expect(stats).toMatchObject({ code: 0 })
      expect(stats.stdout).toContain('documents: 1')
      const file = join(await tempDir(), 'b.txt')
      await writeFile(file, 'Airstrikes near Saraqib.')
      const imported = await runCli(['import', '--corpus', view.path, file], await tempDir())
      expect(imported.stderr).not.toMatch(/\n\s+at /)
      expect(imported.stderr).toContain('read-only')
      const server = await startServerProcess(view.path, await tempDir())
      const info = await callApi(server.port, server.token, 'corpus.info', {})
      expect(info).toMatchObject({ ok: true, value: { readOnly: true } })
      await server.kill()
    } finally {
      await view.unmount()
    }
  })

  it('starting on a full disk leaves no lock, and the next start writes', async () => {
    const disk = await smallDisk(64)
    try {
      const dir = join(disk.path, 'corpus')
      const { dir: source } = await makeCorpus()
      await writeFile(join(dir, 'spanbench.json'), await readFile(join(source, 'spanbench.json')))
      const filler = join(disk.path, 'filler')
      await writeFile(filler, Buffer.alloc(1024 * 1024)).catch(() => undefined)
      const full = await Corpus.open(dir)
      full.close()
      expect(full.readOnlyReason).toContain('ENOSPC')
      expect(await readdir(dir)).not.toContain(LOCK)
      await writeFile(filler, '')
      expect(await opensWritable(dir)).toBe(true)
    } finally {
      await disk.unmount()
    }
  })
})
