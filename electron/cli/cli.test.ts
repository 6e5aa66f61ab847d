import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentRecordSchema } from '../../shared/contract/model.ts'
import {
  cleanup,
  findCodePoints,
  listFiles,
  openBackend,
  runCli,
  runCliProcess,
  runProgram,
  spanAt,
  tempDir,
} from '../../tests/support/backend.ts'

afterEach(cleanup)

const A = 'Turkish soldier killed\nOne Turkish soldier was killed in Idlib.\n'
const B = 'Strikes near Saraqib\nAt least 6 members of the group were killed.\n'
const C = 'Displacement\nHundreds of thousands of people fled.\n'

/** A folder of articles: two levels deep, with files the import must skip. */
async function articles(): Promise<string> {
  const dir = join(await tempDir(), 'articles')
  await mkdir(join(dir, 'march', 'week1'), { recursive: true })
  await writeFile(join(dir, 'a.txt'), A)
  await writeFile(join(dir, 'march', 'b.txt'), B)
  await writeFile(join(dir, 'march', 'week1', 'c.TXT'), C)
  await writeFile(join(dir, 'march', 'notes.md'), '# not an article')
  await writeFile(join(dir, '.hidden.txt'), 'hidden')
  return dir
}

describe('spanbench --help', () => {
  it('explains the tool and each command, exiting 0', async () => {
    const home = await tempDir()
    const main = await runCliProcess(['--help'], home)
    expect([main.code, main.stderr]).toEqual([0, ''])
    expect(main.stdout).toContain('Usage: spanbench <command>')
    for (const command of ['import', 'export', 'stats', 'validate', 'web']) {
      expect(main.stdout).toContain(`  ${command} `)
      const help = await runCli([command, '--help'], home)
      expect([help.code, help.stderr]).toEqual([0, ''])
      expect(help.stdout).toContain(`Usage: spanbench ${command}`)
    }
  })
})

describe('spanbench import, export and stats', () => {
  it('imports a folder recursively into a new corpus, then exports and counts it', async () => {
    const home = await tempDir()
    const source = await articles()
    const corpus = join(await tempDir(), 'new-corpus')
    const imported = await runCli(['import', source, '--corpus', corpus], home)
    expect(imported.stderr).toBe('')
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain('3 imported, 0 skipped, 0 failed')
    expect(imported.stdout).toContain('Turkish soldier killed')
    expect(await listFiles(join(corpus, 'documents'))).toHaveLength(3)

    const again = await runCli(['import', source, '--corpus', corpus], home)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('0 imported, 3 skipped, 0 failed')

    const exported = await runCli(
      ['export', '--corpus', corpus, '--format', 'jsonl', '--include-untouched'],
      home,
    )
    expect(exported.code).toBe(0)
    const lines = exported.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text).sort()
    expect(texts).toEqual([A, B, C].sort())

    const out = join(await tempDir(), 'dataset.jsonl')
    const toFile = await runCli(
      ['export', '--corpus', corpus, '--out', out, '--include-untouched'],
      home,
    )
    expect(toFile.code).toBe(0)
    expect(toFile.stderr).toContain(`exported 3 documents, 0 spans`)
    expect(await readFile(out, 'utf8')).toBe(exported.stdout)
    expect(await readdir(join(out, '..'))).toEqual(['dataset.jsonl', 'dataset.jsonl.card.md'])

    // The common options may come before the command's name.
    const stats = await runCli(['--annotator', 'amira', 'stats', '--corpus', corpus], home)
    expect(stats.code).toBe(0)
    expect(stats.stdout).toContain('corpus: new-corpus')
    expect(stats.stdout).toContain('documents: 3')
    expect(stats.stdout).toContain('spans by amira: 0')
    expect(stats.stdout).toContain('  new: 3')
  })

  it('reports a file it cannot import and goes on, exiting 1', async () => {
    const home = await tempDir()
    const source = await articles()
    // UTF-8 ("é" is two bytes) broken by a stray byte: refused, not read as another encoding.
    const broken = Buffer.concat([
      Buffer.from('café '),
      Buffer.from([0xff]),
      Buffer.from(' au lait'),
    ])
    await writeFile(join(source, 'march', 'broken.txt'), broken)
    const corpus = join(await tempDir(), 'c')
    const result = await runCli(['import', source, '--corpus', corpus], home)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/broken\.txt: not valid UTF-8 .*at byte 6\)/)
    expect(result.stdout).toContain('3 imported, 0 skipped, 1 failed')
  })
})

describe('spanbench errors', () => {
  it('give a clear one-line message and a non-zero exit', async () => {
    const home = await tempDir()
    const source = await articles()
    const notCorpus = await tempDir()
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command frobnicate/],
      [['export', '--format', 'jsonl'], /export needs --corpus DIR/],
      [['stats'], /stats needs --corpus DIR/],
      [['import', source], /import needs --corpus DIR/],
      [['export', '--corpus', notCorpus, '--format', 'csv'], /--format csv: supported .*jsonl/],
      [['export', '--corpus', notCorpus], /is not a Spanbench corpus/],
      [['stats', '--corpus', join(notCorpus, 'nope')], /is not a Spanbench corpus/],
      [['import', join(source, 'nope.txt'), '--corpus', notCorpus], /nope\.txt: no such file/],
      [['export', '--corpus'], /--corpus <value>' argument missing/],
      [['stats', '--bogus'], /Unknown option '--bogus'/],
      [['stats', '--corpus', notCorpus, '--annotator', '../x'], /--annotator \.\.\/x:/],
      [['web', '--port', '99999', '--corpus', notCorpus], /--port 99999/],
    ]
    for (const [args, message] of cases) {
      const result = await runCli(args, home)
      expect({ args, code: result.code }).toEqual({ args, code: 2 })
      expect(result.stderr).toMatch(/^spanbench: [^\n]+\n$/)
      expect(result.stderr).toMatch(message)
      expect(result.stdout).toBe('')
    }
    // The same from the command itself: one line on stderr, exit code 2.
    const child = await runCliProcess(['stats', '--corpus', join(notCorpus, 'nope')], home)
    expect(child).toEqual({
      code: 2,
      stdout: '',
      stderr: `spanbench: ${join(notCorpus, 'nope')} is not a Spanbench corpus (no spanbench.json)\n`,
    })
    // Nothing was created by a command that failed.
    expect(await listFiles(notCorpus)).toEqual([])
  })
})

describe('exported offsets, checked by python3 slicing', () => {
  const ARTICLE = [
    'Family 👩‍👩‍👧 fled as 🇹🇷 forces shelled the town.',
    'قُتل ٣٣ جندياً تركياً في إدلب',
    'The Re\u0301sume\u0301 says q\u0307 marks near Jisr al-Shughur.',
    '',
  ].join('\r\n')

  const PYTHON = `
import json, sys
count = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        doc = json.loads(line)
        assert doc["offset_unit"] == "codepoint", doc["offset_unit"]
        assert "\\r" not in doc["text"]
        for span in doc["spans"]:
            got = doc["text"][span["start"]:span["end"]]
            assert got == span["text"], (span, got)
            count += 1
print("ok", count)
`

  it('python3 text[start:end] gives every span text', async () => {
    const home = await tempDir()
    const source = join(await tempDir(), 'mixed.txt')
    await writeFile(source, ARTICLE)
    const corpus = join(await tempDir(), 'c')
    expect((await runCli(['import', source, '--corpus', corpus], home)).code).toBe(0)

    const backend = await openBackend(corpus, 'tester')
    const [docId = ''] = (await listFiles(join(corpus, 'documents'))).map((f) => f.slice(0, -5))
    const raw = await readFile(join(corpus, 'documents', `${docId}.json`), 'utf8')
    const text = DocumentRecordSchema.parse(JSON.parse(raw)).text
    expect(text).toBe(ARTICLE.replace(/\r\n/g, '\n').normalize('NFC'))
    const quotes: [string, string][] = [
      ['👩‍👩‍👧', 'ACTOR'],
      ['🇹🇷 forces', 'ACTOR'],
      ['🇹🇷', 'ACTOR'],
      ['👩', 'ACTOR'],
      ['٣٣ جندياً تركياً', 'CASUALTY_FIGURE'],
      ['إدلب', 'PLACE'],
      ['R\u00e9sum\u00e9', 'ATTRIBUTION'],
      ['q\u0307', 'ACTOR'],
      ['\u0307 marks', 'ACTOR'],
      ['Jisr al-Shughur', 'PLACE'],
      ['town.\nقُتل', 'PLACE'],
    ]
    const ops = quotes.map(([quote, label], i) => {
      const [start, end] = findCodePoints(text, quote)
      return { op: 'addSpan', span: spanAt(text, start, end, label, `s${i}`) }
    })
    const applied = await backend.invoke('annotations.apply', { docId, revision: 0, ops })
    expect(applied).toEqual({ ok: true, value: { revision: 1, spanCount: quotes.length } })

    const out = join(await tempDir(), 'out.jsonl')
    const exported = await runCli(
      ['export', '--corpus', corpus, '--format', 'jsonl', '--annotator', 'tester', '--out', out],
      home,
    )
    expect(exported.code).toBe(0)
    const python = await runProgram('python3', ['-', out], PYTHON)
    expect(python.stderr).toBe('')
    expect(python.stdout).toBe(`ok ${quotes.length}\n`)
  })
})
