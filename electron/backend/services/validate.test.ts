import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURE_ANNOTATOR } from '../../../shared/datasets/test-corpus.fixtures.ts'
import { makeFixtureCorpus } from '../../../tests/support/datasets.ts'
import { cleanup, runCli, tempDir } from '../../../tests/support/backend.ts'

afterEach(cleanup)

type Json = Record<string, unknown> & {
  spans: Record<string, unknown>[]
  relations: Record<string, unknown>[]
}

async function edit(path: string, change: (data: Json) => void): Promise<void> {
  const data = JSON.parse(await readFile(path, 'utf8')) as Json
  change(data)
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`)
}

describe('spanbench validate', () => {
  it('passes a sound corpus', async () => {
    const { dir } = await makeFixtureCorpus()
    const result = await runCli(['validate', '--corpus', dir], await tempDir())
    expect(result.stdout).toBe(
      'ok: 3 documents, 3 annotation files, 24 spans, 11 relations checked\n',
    )
    expect(result.code).toBe(0)
  })

  it('lists every broken file, offset and reference, and exits 1', async () => {
    const { dir, ids } = await makeFixtureCorpus()
    const en = ids['en'] ?? ''
    const ar = ids['ar'] ?? ''
    const annotations = join(dir, 'annotations', FIXTURE_ANNOTATOR)
    await edit(join(annotations, `${en}.json`), (set) => {
      const [first, second] = set.spans
      if (first) first['text'] = 'One Turkish soldiers'
      if (second) second['end'] = 100000
      set.relations.push({ id: 'r9', type: 'victim', from: 'e1', to: 'gone' })
    })
    await edit(join(dir, 'documents', `${ar}.json`), (doc) => {
      doc['text'] = `${String(doc['text'])}!`
    })
    await writeFile(
      join(annotations, `${ids['mixed'] ?? ''}.json`),
      '{"format": "spanbench.annotations",',
    )
    await writeFile(
      join(annotations, 'ffffffffffffffff.json'),
      await readFile(join(annotations, `${en}.json`)),
    )
    const result = await runCli(['validate', '--corpus', dir], await tempDir())
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    const broken = `annotations/${FIXTURE_ANNOTATOR}/${ids['mixed'] ?? ''}.json: is not valid JSON`
    expect(lines.filter((l) => l.startsWith(broken))).toHaveLength(1)
    expect(
      lines
        .slice(0, -1)
        .filter((l) => !l.startsWith(broken))
        .sort(),
    ).toEqual(
      [
        `documents/${ar}.json: sha256 does not match the text`,
        `annotations/${FIXTURE_ANNOTATOR}/${en}.json: span e1: the text there reads "One Turkish soldier", not "One Turkish soldiers"`,
        `annotations/${FIXTURE_ANNOTATOR}/${en}.json: span e2: [37, 100000) is outside the text (210 code points)`,
        `annotations/${FIXTURE_ANNOTATOR}/${en}.json: relation r9 links a span that does not exist`,
        `annotations/${FIXTURE_ANNOTATOR}/ffffffffffffffff.json: field docId is ${en}, not ffffffffffffffff as the file is named`,
        `annotations/${FIXTURE_ANNOTATOR}/ffffffffffffffff.json: there is no document ffffffffffffffff`,
      ].sort(),
    )
    expect(lines.at(-1)).toMatch(/^7 problem\(s\); 3 documents, 3 annotation files/)
  })
})
