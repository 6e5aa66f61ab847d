/**
 * The command line never touches the desktop app's settings (its last
 * corpus, its annotator), and `--dry-run` writes nothing at all.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, makeCorpus, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

/** Every file under `dir` (hidden ones and caches included) with its bytes, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  const pairs = await Promise.all(
    files.map(async (f) => [relative(dir, f), (await readFile(f)).toString('base64')] as const),
  )
  return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** An app home whose settings name another corpus as the last one used. */
async function homeWithSettings(): Promise<string> {
  const home = await tempDir('spanbench-home-')
  const settings = { annotator: 'alice', lastCorpus: join(home, 'elsewhere') }
  await writeFile(join(home, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`)
  return home
}

async function articles(): Promise<string> {
  const dir = await tempDir()
  await writeFile(join(dir, 'new.txt'), 'Rebels shelled the outskirts of Idlib on Tuesday.\n')
  return dir
}

describe('the command line and the desktop app’s settings', () => {
  it('import --dry-run leaves the corpus and the settings byte for byte as they were', async () => {
    const { dir } = await makeCorpus({ 'old.txt': 'Shelling was reported near Aleppo.\n' })
    // A manifest of the older format, mid-migration: opening it for writing would finish that.
    const manifestPath = join(dir, 'spanbench.json')
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
    manifest['pendingMigration'] = { labels: {}, relationTypes: {}, attributes: {} }
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
    const home = await homeWithSettings()
    const corpusBefore = await snapshot(dir)
    const homeBefore = await snapshot(home)

    const result = await runCli(['import', '--dry-run', '--corpus', dir, await articles()], home)

    expect(result.stdout).toContain('new.txt')
    expect(await snapshot(dir)).toEqual(corpusBefore)
    expect(await snapshot(home)).toEqual(homeBefore)
  })

  it('import into a corpus does not make it the desktop app’s last corpus', async () => {
    const home = await homeWithSettings()
    const before = await snapshot(home)
    const corpus = join(await tempDir(), 'c')
    const result = await runCli(['import', '--corpus', corpus, await articles()], home)
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(await snapshot(home)).toEqual(before)
  })

  it('import of a dataset does not write settings where there were none', async () => {
    const home = await tempDir('spanbench-home-')
    const file = join(await tempDir(), 'set.jsonl')
    await writeFile(
      file,
      `${JSON.stringify({ id: 'a', text: 'Rebels shelled Idlib.', spans: [], relations: [] })}\n`,
    )
    const corpus = join(await tempDir(), 'c')
    const result = await runCli(['import', '--corpus', corpus, '--format', 'jsonl', file], home)
    expect(result.code).toBe(0)
    expect(await snapshot(home)).toEqual({})
  })
})
