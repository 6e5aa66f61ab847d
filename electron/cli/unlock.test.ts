import { access, writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../backend/store/corpus.ts'
import { cleanup, makeCorpus, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

const present = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  )

describe('spanbench unlock', () => {
  it('removes the lock another machine left, so the corpus opens for writing', async () => {
    const { dir } = await makeCorpus()
    const lock = Corpus.lockPath(dir)
    await writeFile(lock, JSON.stringify({ pid: 4242, host: 'laptop-of-a-colleague' }))
    const before = await Corpus.open(dir)
    before.close()
    expect(before.readOnlyReason).toContain(`spanbench unlock --corpus ${dir}`)

    const result = await runCli(['unlock', '--corpus', dir], await tempDir())
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      `removed the lock of process 4242 on laptop-of-a-colleague; ${dir} can be written again\n`,
      '',
    ])
    const after = await Corpus.open(dir)
    after.close()
    expect(after.readOnlyReason).toBeNull()
  })

  it('keeps a lock held by a process running on this machine', async () => {
    const { dir } = await makeCorpus()
    const writer = await Corpus.open(dir)
    try {
      const result = await runCli(['unlock', '--corpus', dir], await tempDir())
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('(this machine) is writing to this corpus; close it')
      expect(await present(Corpus.lockPath(dir))).toBe(true)
    } finally {
      writer.close()
    }
  })

  it('says so when there is no lock', async () => {
    const { dir } = await makeCorpus()
    const result = await runCli(['unlock', '--corpus', dir], await tempDir())
    expect([result.code, result.stderr]).toEqual([
      1,
      `spanbench: not unlocked: there is no lock (${Corpus.lockPath(dir)})\n`,
    ])
  })
})
