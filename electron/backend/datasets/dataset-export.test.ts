import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { ExportFormatSchema } from '../../../shared/contract/api.ts'
import {
  FIXTURE_ANNOTATOR,
  FIXTURE_DOCUMENTS,
} from '../../../shared/datasets/test-corpus.fixtures.ts'
import {
  BRAT_CHECK,
  IOB_CHECK,
  keys,
  makeFixtureCorpus,
  python,
} from '../../../tests/support/datasets.ts'
import { Corpus } from '../store/corpus.ts'
import { cleanup, listFiles, spanbenchError, tempDir } from '../../../tests/support/backend.ts'
import { exportDatasetTo, type DatasetExportOptions } from './dataset-export.ts'

afterEach(cleanup)

async function exportTo(dir: string, options: Partial<DatasetExportOptions>, path: string) {
  const corpus = await Corpus.open(dir, { readOnly: true })
  return exportDatasetTo(
    corpus,
    { format: 'jsonl', annotators: [FIXTURE_ANNOTATOR], ...options },
    { kind: 'path', path },
  )
}

const ALL_SPANS = FIXTURE_DOCUMENTS.flatMap((f) => f.spans.map((s) => [f.key, s.label, s.quote]))

describe('exporting the fixture corpus (texts imported with CRLF line ends)', () => {
  it('writes every format, each with its dataset card', async () => {
    const { dir } = await makeFixtureCorpus()
    const out = await tempDir()
    for (const format of ExportFormatSchema.options) {
      const result = await exportTo(dir, { format }, join(out, format))
      expect(result.documents).toBe(3)
      const card = await readFile(result.card ?? '', 'utf8')
      expect(card).toContain(`# Fixture corpus: ${format} export`)
      expect(card).toMatch(/Exported by Spanbench \S+ on \d{4}-/)
    }
    expect(await listFiles(join(out, 'brat'))).toEqual(
      expect.arrayContaining(['README.md', 'annotation.conf', 'visual.conf', 'report.tsv']),
    )
    expect(await listFiles(join(out, 'hf'))).toEqual([
      'README.md',
      'dataset_info.json',
      'report.tsv',
      'train.jsonl',
    ])
  })

  it('gives offsets python3 slices to every span, in each format’s unit', async () => {
    const { dir, ids } = await makeFixtureCorpus()
    const out = await tempDir()
    const byId = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id
    await exportTo(dir, { format: 'jsonl' }, join(out, 'data.jsonl'))
    const jsonl = (await python(
      `
import json, sys
found = []
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    assert doc["offset_unit"] == "codepoint" and "\\r" not in doc["text"]
    for s in doc["spans"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"]
        found.append([doc["id"], s["label"], s["text"]])
print(json.dumps(found, ensure_ascii=False))
`,
      [join(out, 'data.jsonl')],
    )) as [string, string, string][]
    expect(keys(jsonl.map(([d, l, t]) => [byId(d), l, t]))).toEqual(keys(ALL_SPANS as never))

    await exportTo(dir, { format: 'labelstudio' }, join(out, 'ls.json'))
    const ls = (await python(
      `
import json, sys
print(json.dumps([[t["data"]["doc_id"], r["value"]["labels"][0], t["data"]["text"][r["value"]["start"]:r["value"]["end"]]]
    for t in json.load(open(sys.argv[1], encoding="utf-8")) for r in t["annotations"][0]["result"] if r["type"] == "labels"], ensure_ascii=False))
`,
      [join(out, 'ls.json')],
    )) as [string, string, string][]
    expect(keys(ls.map(([d, l, t]) => [byId(d), l, t]))).toEqual(keys(ALL_SPANS as never))

    await exportTo(dir, { format: 'brat' }, join(out, 'brat'))
    const brat = (await python(BRAT_CHECK, [join(out, 'brat')])) as [string, string, string][]
    expect(keys(brat.map(([d, l, t]) => [byId(d), l, t]))).toEqual(
      keys(ALL_SPANS.map(([d, l, t]) => [d, l, t?.replace(/\n/g, ' ')]) as never),
    )

    await exportTo(dir, { format: 'conll' }, join(out, 'data.conll'))
    const conll = (await python(IOB_CHECK, [join(out, 'data.conll'), 'iob2'])) as {
      documents: number
    }
    expect(conll.documents).toBe(3)
  })

  it('lists what the overlap policy dropped in the card and in report.tsv', async () => {
    const { dir } = await makeFixtureCorpus()
    const path = join(await tempDir(), 'data.conll')
    const result = await exportTo(dir, { format: 'conll' }, path)
    expect([result.dropped, result.changed]).toEqual([8, 1])
    const card = await readFile(`${path}.card.md`, 'utf8')
    expect(card).toContain('Overlap policy: Overlapping spans cannot share tokens')
    expect(card).toContain('### Left out: 8')
    expect(card).toMatch(
      /\| e6 \| ACTOR span e6 “Turkish Defense Ministry” overlaps ATTRIBUTION span e5/,
    )
    const report = await readFile(`${path}.report.tsv`, 'utf8')
    expect(report.trimEnd().split('\n')).toHaveLength(1 + 9)
  })
})

describe('splits', () => {
  it('splits by document, the same seed giving the same split', async () => {
    const { dir } = await makeFixtureCorpus()
    const out = await tempDir()
    const split = { ratios: [34, 33, 33] as const, seed: 7, stratify: false }
    const a = await exportTo(dir, { split }, join(out, 'a'))
    await exportTo(dir, { split }, join(out, 'b'))
    expect(a.files).toEqual(['README.md', 'dev.jsonl', 'test.jsonl', 'train.jsonl'])
    for (const f of ['train.jsonl', 'dev.jsonl', 'test.jsonl']) {
      const text = await readFile(join(out, 'a', f), 'utf8')
      expect(text.trimEnd().split('\n')).toHaveLength(1)
      expect(await readFile(join(out, 'b', f), 'utf8')).toBe(text)
    }
    const card = await readFile(join(out, 'a', 'README.md'), 'utf8')
    expect(card).toContain('| Split | 34/33/33, seed 7 |')
    expect(card).toMatch(/\| train \| 1 \| \d+ \|/)
  })

  it('writes brat documents under their split folder', async () => {
    const { dir } = await makeFixtureCorpus()
    const out = join(await tempDir(), 'brat')
    const split = { ratios: [2, 1, 0] as const, seed: 3, stratify: true }
    const result = await exportTo(dir, { format: 'brat', split }, out)
    const anns = result.files.filter((f) => f.endsWith('.ann'))
    expect(anns.filter((f) => f.startsWith('train/'))).toHaveLength(2)
    expect(anns.filter((f) => f.startsWith('dev/'))).toHaveLength(1)
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain('stratified by label')
  })
})

describe('filters', () => {
  it('keeps only the chosen labels, statuses and documents', async () => {
    const { dir, ids } = await makeFixtureCorpus()
    const out = await tempDir()
    const labels = await exportTo(dir, { filter: { labels: ['PLACE'] } }, join(out, 'places.jsonl'))
    expect([labels.documents, labels.spans, labels.relations]).toEqual([3, 6, 0])
    const done = await exportTo(dir, { filter: { statuses: ['done'] } }, join(out, 'done.jsonl'))
    expect(done.documents).toBe(1)
    const one = await exportTo(
      dir,
      { filter: { documents: [ids['ar'] ?? ''] } },
      join(out, 'one.jsonl'),
    )
    expect([one.documents, one.spans, one.relations]).toEqual([1, 7, 5])
    const card = await readFile(join(out, 'places.jsonl.card.md'), 'utf8')
    expect(card).toContain('| Filters | labels: PLACE |')
  })

  it('exports several annotators, each document once per annotator who has annotated it', async () => {
    const { dir } = await makeFixtureCorpus()
    const result = await exportTo(
      dir,
      { annotators: [FIXTURE_ANNOTATOR, 'nobody'] },
      join(await tempDir(), 'both.jsonl'),
    )
    expect(result.documents).toBe(3)
  })
})

describe('where an export goes', () => {
  it('streams a single-file format and refuses to stream a folder format', async () => {
    const { dir } = await makeFixtureCorpus()
    const corpus = await Corpus.open(dir, { readOnly: true })
    const out = new PassThrough()
    let text = ''
    out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    const options = { format: 'labelstudio' as const, annotators: [FIXTURE_ANNOTATOR] }
    await exportDatasetTo(corpus, options, { kind: 'stream', out })
    expect(JSON.parse(text)).toHaveLength(3)
    const err = await spanbenchError(
      exportDatasetTo(corpus, { ...options, format: 'brat' }, { kind: 'stream', out }),
    )
    expect(err.message).toMatch(/need a folder/)
  })

  it('replaces an earlier export but never a folder holding other files', async () => {
    const { dir } = await makeFixtureCorpus()
    const out = join(await tempDir(), 'brat')
    await exportTo(dir, { format: 'brat' }, out)
    await exportTo(dir, { format: 'brat', filter: { labels: ['PLACE'] } }, out)
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain('labels: PLACE')
    const other = join(await tempDir(), 'thesis')
    await mkdir(other)
    await writeFile(join(other, 'chapter1.md'), 'mine')
    const err = await spanbenchError(exportTo(dir, { format: 'brat' }, other))
    expect(err.message).toMatch(/holds other files/)
    expect(await listFiles(other)).toEqual(['chapter1.md'])
  })
})
