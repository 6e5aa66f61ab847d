import { readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../backend/store/corpus.ts'
import { cleanup, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

const NEWS =
  'article_title,article_content,source,date\n' +
  '"Shelling in Ariha","Shelling hit Ariha on Monday; two civilians were killed.",SANA,2020-02-27\n' +
  '"Again","Shelling hit Ariha on Monday; two civilians were killed.",SANA,2020-02-27\n'

describe('spanbench import of a news CSV', () => {
  it('finds article_content and article_title, and names a skipped row once', async () => {
    const home = await tempDir('spanbench-home-')
    const file = join(home, 'news.csv')
    await writeFile(file, NEWS)
    const corpus = join(home, 'corpus')
    const out = await runCli(['import', '--corpus', corpus, file], home)
    expect(out.code).toBe(0)
    expect(out.stdout).toContain(
      `[2/2] skipped ${file} row 2: the same text is in the corpus already\n`,
    )
    const c = await Corpus.open(corpus, { readOnly: true })
    try {
      const [id] = await c.documentIds()
      const doc = await c.readDocument(id ?? '')
      expect([doc.title, doc.metadata]).toEqual([
        'Shelling in Ariha',
        { source: 'SANA', date: '2020-02-27' },
      ])
    } finally {
      c.close()
    }
  })

  it('previews a corpus that does not exist yet, and leaves nothing behind on failure', async () => {
    const home = await tempDir('spanbench-home-')
    const file = join(home, 'news.csv')
    await writeFile(file, NEWS)
    const corpus = join(home, 'new-corpus')
    const preview = await runCli(['import', '--corpus', corpus, '--dry-run', file], home)
    expect(preview.stderr).toBe('')
    expect(preview.stdout).toContain('row 1: would be ')
    expect(preview.code).toBe(0)
    expect(await exists(corpus)).toBe(false)

    const bad = join(home, 'bad.csv')
    await writeFile(bad, 'a,b\n1,2\n')
    const failed = await runCli(['import', '--corpus', corpus, bad], home)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('no text field found')
    expect(await exists(corpus)).toBe(false)
    expect(await readdir(home)).not.toContain('new-corpus')
  })
})
