import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from './store/corpus.ts'
import { cleanup, makeCorpus } from '../../tests/support/backend.ts'

afterEach(cleanup)

const git = (cwd: string, ...args: string[]) =>
  promisify(execFile)('git', args, { cwd }).then((r) => r.stdout)

describe('a new corpus under git', () => {
  it('ignores the lock file and the cache, so only shared files are committed', async () => {
    const { dir } = await makeCorpus({ 'a.txt': 'Shelling hit Afrin on Monday.\n' })
    const corpus = await Corpus.open(dir)
    try {
      await corpus.index.summaries('alice')
      await git(dir, 'init', '-q')
      const untracked = (await git(dir, 'status', '--porcelain', '--untracked-files=all'))
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(3))
      expect(untracked.some((f) => f.startsWith('documents/'))).toBe(true)
      expect(untracked.filter((f) => f.includes('.cache') || f.includes('lock'))).toEqual([])
      expect(await git(dir, 'check-ignore', '.spanbench-lock', '.cache/corpus-index.json')).toBe(
        '.spanbench-lock\n.cache/corpus-index.json\n',
      )
    } finally {
      corpus.close()
    }
  })
})
