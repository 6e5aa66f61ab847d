import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BRAT_COLLECTION } from '../../shared/datasets/brat-standoff.fixtures.ts'
import { FIXTURE_ANNOTATOR } from '../../shared/datasets/test-corpus.fixtures.ts'
import { AnnotationSetSchema } from '../../shared/contract/model.ts'
import { makeFixtureCorpus } from '../../tests/support/datasets.ts'
import { cleanup, listFiles, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

/** Runs the CLI and fails with its output unless it exits 0. */
async function cli(args: string[], home: string): Promise<string> {
  const result = await runCli(args, home)
  if (result.code !== 0)
    throw new Error(`spanbench ${args.join(' ')} exited ${result.code}:\n${result.stderr}`)
  return result.stdout
}

describe('export -> import -> export', () => {
  it('gives the same jsonl, byte for byte', async () => {
    const home = await tempDir()
    const { dir } = await makeFixtureCorpus()
    const out = await tempDir()
    const who = ['--annotator', FIXTURE_ANNOTATOR]
    await cli(
      ['export', '--corpus', dir, '--format', 'jsonl', '--out', join(out, 'a.jsonl'), ...who],
      home,
    )
    const copy = join(out, 'copy')
    await cli(
      [
        'import',
        '--corpus',
        copy,
        '--format',
        'jsonl',
        join(out, 'a.jsonl'),
        '--annotator',
        'someone',
      ],
      home,
    )
    await cli(
      ['export', '--corpus', copy, '--format', 'jsonl', '--out', join(out, 'b.jsonl'), ...who],
      home,
    )
    const a = await readFile(join(out, 'a.jsonl'), 'utf8')
    expect(a.split('\n')).toHaveLength(4)
    expect(await readFile(join(out, 'b.jsonl'), 'utf8')).toBe(a)
  })

  it('gives the same brat files (.txt, .ann, annotation.conf, visual.conf), byte for byte', async () => {
    const home = await tempDir()
    const { dir } = await makeFixtureCorpus()
    const out = await tempDir()
    const who = ['--annotator', FIXTURE_ANNOTATOR]
    await cli(
      ['export', '--corpus', dir, '--format', 'brat', '--out', join(out, 'a'), ...who],
      home,
    )
    const copy = join(out, 'copy')
    await cli(['import', '--corpus', copy, '--format', 'brat', join(out, 'a'), ...who], home)
    await cli(
      ['export', '--corpus', copy, '--format', 'brat', '--out', join(out, 'b'), ...who],
      home,
    )
    const data = (files: string[]) => files.filter((f) => /\.(txt|ann|conf)$/.test(f))
    const files = data(await listFiles(join(out, 'a')))
    expect(files).toHaveLength(3 * 2 + 2)
    expect(data(await listFiles(join(out, 'b')))).toEqual(files)
    for (const f of files)
      expect(await readFile(join(out, 'b', f), 'utf8')).toBe(
        await readFile(join(out, 'a', f), 'utf8'),
      )
  })
})

describe('importing a brat collection written in brat’s standoff format', () => {
  it('brings in entities, a discontinuous span, relations, attributes and notes, nothing lost', async () => {
    const home = await tempDir()
    const source = join(await tempDir(), 'collection')
    await mkdir(source)
    for (const [name, text] of Object.entries(BRAT_COLLECTION))
      await writeFile(join(source, name), text)
    const corpus = join(await tempDir(), 'imported')
    const result = await runCli(
      ['import', '--corpus', corpus, '--format', 'brat', source, '--annotator', 'kim'],
      home,
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /read 2 documents \(2 new\): 7 spans and 3 relations in 2 annotation sets/,
    )

    const set = AnnotationSetSchema.parse(
      JSON.parse(await readFile(join(corpus, 'annotations', 'kim', 'ibm.json'), 'utf8')),
    )
    const t3 = set.spans.find((s) => s.id === 'T3')
    expect(t3).toMatchObject({
      label: 'Location',
      text: 'North and South America',
      fragments: [
        [65, 70],
        [81, 88],
      ],
      attributes: { Confidence: 'L1' },
      note: 'one location, written in two pieces',
    })
    expect(set.spans.find((s) => s.id === 'T4')?.attributes).toEqual({ Negation: true })
    expect(set.relations.map((r) => [r.type, r.from, r.to])).toEqual([
      ['Located', 'T1', 'T3'],
      ['Alias', 'T2', 'T1'],
    ])
    const manifest = JSON.parse(await readFile(join(corpus, 'spanbench.json'), 'utf8')) as {
      schema: { labels: { id: string }[] }
    }
    expect(manifest.schema.labels.map((l) => l.id)).toEqual(['Organization', 'Location', 'Group'])

    // Written out again, the .ann files are the ones brat's format gave us.
    const out = join(await tempDir(), 'again')
    await cli(
      ['export', '--corpus', corpus, '--format', 'brat', '--out', out, '--annotator', 'kim'],
      home,
    )
    for (const name of ['ibm.ann', 'second.ann'])
      expect(await readFile(join(out, name), 'utf8')).toBe(BRAT_COLLECTION[name])
    expect(await readFile(join(out, 'second.txt'), 'utf8')).toBe(
      BRAT_COLLECTION['second.txt']?.replace(/\r\n/g, '\n'),
    )
  })

  it('reports, by file and line, what it cannot import, and exits 1', async () => {
    const home = await tempDir()
    const source = join(await tempDir(), 'collection')
    await mkdir(source)
    await writeFile(join(source, 'a.txt'), 'Sony bought Ericsson.')
    await writeFile(join(source, 'a.ann'), 'T1\tOrganization 0 4\tSony\nE1\tMerge:T1 Target:T1\n')
    const corpus = join(await tempDir(), 'imported')
    const result = await runCli(['import', '--corpus', corpus, '--format', 'brat', source], home)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      "a.ann:2: document a: E1: an event has no place in Spanbench's model: not imported\n1 thing left out\n",
    )
    expect(result.stdout).toMatch(
      /1 spans and 0 relations .*; 1 thing left out \(listed on stderr\)/,
    )
  })
})
