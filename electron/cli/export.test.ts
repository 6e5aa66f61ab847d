import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURE_ANNOTATOR } from '../../shared/datasets/test-corpus.fixtures.ts'
import { makeFixtureCorpus } from '../../tests/support/datasets.ts'
import { cleanup, listFiles, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

describe('spanbench export options', () => {
  it('splits, filters and writes the card from the flags', async () => {
    const { dir } = await makeFixtureCorpus()
    const out = join(await tempDir(), 'conll')
    const args = ['export', '--corpus', dir, '--format', 'conll', '--out', out]
    const flags = [
      '--split',
      '2/1/0',
      '--seed',
      '9',
      '--labels',
      'PLACE,ACTOR',
      '--status',
      'done,in_progress',
    ]
    const result = await runCli(
      [...args, ...flags, '--annotators', FIXTURE_ANNOTATOR],
      await tempDir(),
    )
    expect(result.stderr).toMatch(
      /^exported 2 documents, 12 spans \(amira\) to .*; 3 left out and 1 written differently, listed in the card\ndataset card: .*README.md\n$/,
    )
    expect(result.code).toBe(0)
    expect(await listFiles(out)).toEqual(['README.md', 'dev.conll', 'report.tsv', 'train.conll'])
    const card = await readFile(join(out, 'README.md'), 'utf8')
    expect(card).toContain('| Filters | labels: PLACE, ACTOR; document status: done, in_progress |')
    expect(card).toContain('| Split | 2/1/0, seed 9 |')
  })

  it('refuses flags that do not fit, naming them', async () => {
    const { dir } = await makeFixtureCorpus()
    const home = await tempDir()
    const cases: [string[], RegExp][] = [
      [['--format', 'brat'], /brat is written as a folder: give --out DIR/],
      [['--split', '80/20', '--format', 'jsonl'], /jsonl with --split is written as a folder/],
      [['--split', '80-20', '--out', 'x'], /--split 80-20: give train\/dev\/test shares/],
      [['--seed', '3'], /--seed and --stratify go with --split/],
      [['--status', 'finished'], /--status finished: one of new, in_progress, done, needs_review/],
      [['--offsets', 'bytes'], /--offsets bytes: utf16 or codepoint/],
      [['--format', 'xml'], /--format xml: supported formats are jsonl, spacy/],
    ]
    for (const [flags, message] of cases) {
      const result = await runCli(['export', '--corpus', dir, ...flags], home)
      expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(message)])
    }
  })

  it('names the folder --out goes into when it does not exist, and creates nothing', async () => {
    const { dir } = await makeFixtureCorpus()
    const base = await tempDir()
    for (const [format, name] of [
      ['jsonl', 'data.jsonl'],
      ['brat', 'data'],
    ]) {
      const out = join(base, 'missing', name ?? '')
      const result = await runCli(
        ['export', '--corpus', dir, '--format', format ?? '', '--out', out],
        await tempDir(),
      )
      expect([result.code, result.stderr]).toEqual([
        2,
        `spanbench: --out ${out}: the folder ${join(base, 'missing')} does not exist; create it first or give another path\n`,
      ])
    }
    expect(await listFiles(base)).toEqual([])
  })
})
