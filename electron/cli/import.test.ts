import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentRecordSchema, type DocumentRecord } from '../../shared/contract/model.ts'
import { parseSize } from './import.ts'
import { pdf } from '../../tests/support/article-files.ts'
import {
  cleanup,
  listFiles,
  makeCorpus,
  ROOT,
  runCli,
  tempDir,
} from '../../tests/support/backend.ts'

afterEach(cleanup)

async function seedFolder(): Promise<string> {
  const dir = join(await tempDir(), 'seeds')
  await cp(join(ROOT, 'assets', 'sample'), dir, { recursive: true })
  return dir
}

async function documents(corpus: string): Promise<DocumentRecord[]> {
  const names = await readdir(join(corpus, 'documents'))
  return Promise.all(
    names.map(async (n) =>
      DocumentRecordSchema.parse(JSON.parse(await readFile(join(corpus, 'documents', n), 'utf8'))),
    ),
  )
}

function byFile(docs: readonly DocumentRecord[], prefix: string): DocumentRecord {
  const doc = docs.find((d) => d.source.fileName.startsWith(prefix))
  if (!doc) throw new Error(`no document from ${prefix}`)
  return doc
}

describe('spanbench import', () => {
  it('cleans the sample articles and reports the near-duplicate', async () => {
    const home = await tempDir()
    const corpus = join(await tempDir(), 'c')
    const result = await runCli(['import', await seedFolder(), '--corpus', corpus], home)
    expect([result.code, result.stderr]).toEqual([0, ''])
    const docs = await documents(corpus)
    const id000 = byFile(docs, '000').id
    expect(result.stdout).toMatch(
      new RegExp(
        `\\[2/5\\] imported .*001_45a219f9f37d8a06\\.txt as \\w+: One Turkish soldier died.* \\(near-duplicate of ${id000} “Video: Turkish Army Suffers Casualties in Southern Idlib”, \\d+% similar, linked\\)`,
      ),
    )
    expect(result.stdout).toContain('5 imported, 0 skipped, 0 failed, 1 near-duplicate into')
    expect(byFile(docs, '001').text).toContain('March 5 de-escalation agreement in Moscow.')
    expect(byFile(docs, '003').text).not.toContain('Back to top')
  })

  it('turns cleanup steps on and off with flags', async () => {
    const home = await tempDir()
    const corpus = join(await tempDir(), 'c')
    const result = await runCli(
      [
        'import',
        await seedFolder(),
        '--corpus',
        corpus,
        '--no-unwrap',
        '--keep-boilerplate',
        '--strip-footnotes',
        '--near-duplicates',
        'keep',
      ],
      home,
    )
    expect(result.code).toBe(0)
    const docs = await documents(corpus)
    // Hyphenation still mends the word; the lines stay as the PDF had them.
    expect(byFile(docs, '001').text).toContain(
      'the signing of the March 5 de-escalation agreement in Moscow.',
    )
    expect(byFile(docs, '001').text).toContain('were passing near Jisr\nal-Shughur.')
    expect(byFile(docs, '001').metadata).toEqual({})
    expect(byFile(docs, '000').text).toContain('Disclaimer:')
    expect(byFile(docs, '004').text).not.toMatch(/\[\d+\]/)
    expect(byFile(docs, '004').text).toContain('this morning.\n')
  })

  it('previews with --dry-run, storing nothing', async () => {
    const home = await tempDir()
    const { dir } = await makeCorpus()
    const result = await runCli(['import', await seedFolder(), '--corpus', dir, '--dry-run'], home)
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toContain('001_45a219f9f37d8a06.txt (txt; utf-8)')
    expect(result.stdout).toMatch(
      / {4}near-duplicate of \w+ “Video: Turkish Army Suffers Casualties in Southern Idlib” \(\d+% similar\)/,
    )
    expect(result.stdout).toContain(
      '    + hyphenation: kept the hyphen: “de-escalation” (“de-escalation” occurs 4×, “deescalation” 0× in the corpus)',
    )
    expect(result.stdout).toContain(
      '    - footnotes: removed footnote marker [12] (marker 12 points into the reference list)',
    )
    expect(result.stdout).toMatch(
      / {4}\+ boilerplate: left out “Back to top button” \(navigation: /,
    )
    expect(await listFiles(join(dir, 'documents'))).toEqual([])
  })

  it('reads bulk files with the fields named, refuses files over --max-size, and exits 1', async () => {
    const home = await tempDir()
    const source = join(await tempDir(), 'in')
    await mkdir(source)
    await writeFile(
      join(source, 'rows.csv'),
      'headline,story\nStrike,A strike hit Ariha.\nClash,Clashes near Saraqib.\n',
    )
    await writeFile(join(source, 'big.pdf'), pdf({ pages: [['A long report. '.repeat(100)]] }))
    const corpus = join(await tempDir(), 'c')
    const result = await runCli(
      [
        'import',
        source,
        '--corpus',
        corpus,
        '--max-size',
        '1KB',
        '--text-field',
        'story',
        '--title-field',
        'headline',
        '--originals',
        'reference',
      ],
      home,
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/big\.pdf: \d+ bytes is over the 1024-byte limit/)
    expect(result.stdout).toMatch(/imported .*rows\.csv row 1 as \w+: Strike/)
    expect(result.stdout).toContain('2 imported, 0 skipped, 1 failed into')
    const docs = await documents(corpus)
    expect(docs.map((d) => [d.title, d.text, d.source.part]).sort()).toEqual([
      ['Clash', 'Clashes near Saraqib.', 'row 2'],
      ['Strike', 'A strike hit Ariha.', 'row 1'],
    ])
    // Referenced, not copied: the path and the sha256 say where the bytes are.
    expect(docs[0]?.source.original).toBe(join(source, 'rows.csv'))
    expect(await listFiles(corpus)).not.toContainEqual(expect.stringMatching(/^originals\//))
  })

  it('refuses bad flag values with a clear message', async () => {
    const home = await tempDir()
    const source = await seedFolder()
    const cases: [string[], RegExp][] = [
      [['--near-duplicates', 'maybe'], /--near-duplicates maybe: link, keep or skip/],
      [['--max-size', 'big'], /--max-size big: a size like 500KB or 20MB/],
      [['--originals', 'move'], /--originals move: copy or reference/],
    ]
    for (const [flags, message] of cases) {
      const result = await runCli(
        ['import', source, '--corpus', join(await tempDir(), 'c'), ...flags],
        home,
      )
      expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(message)])
    }
  })
})

describe('parseSize', () => {
  it('reads bytes and binary units', () => {
    expect([parseSize('100'), parseSize('2KB'), parseSize('1.5 MB'), parseSize('1g')]).toEqual([
      100,
      2048,
      1572864,
      1024 ** 3,
    ])
  })
})
