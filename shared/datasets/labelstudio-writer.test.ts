import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { labelStudioWriter, labelingConfig } from './labelstudio-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'
import { codePoints } from '../text/offsets.ts'

afterEach(cleanup)

/** Label Studio tasks: every region's text is the code point slice, every reference resolves. */
const CHECK = `
import json, sys
found = []
for task in json.load(open(sys.argv[1], encoding="utf-8")):
    text = task["data"]["text"]
    for ann in task["annotations"]:
        regions = {r["id"] for r in ann["result"] if r["type"] == "labels"}
        for r in ann["result"]:
            if r["type"] == "relation":
                assert r["from_id"] in regions and r["to_id"] in regions, r
                continue
            assert r["id"] in regions and r["to_name"] == "text", r
            piece = text[r["value"]["start"]:r["value"]["end"]]
            if r["type"] == "labels":
                assert piece == r["value"]["text"], (piece, r)
                found.append([task["data"]["doc_id"], r["value"]["labels"][0], piece])
print(json.dumps(found, ensure_ascii=False))
`

describe('Label Studio writer', () => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const ctx = { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }
  const run = runWriter(labelStudioWriter, ctx, units)

  it('writes one JSON array of tasks whose code point offsets python3 slices to each span', async () => {
    const dir = await writeRun(run, 'data.json')
    const found = (await python(CHECK, [join(dir, 'data.json')])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans.map((s) => [doc.id, s.label, s.text] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
  })

  it('counts code points as Label Studio does: its own emoji test puts "test" at 21-25', () => {
    // HumanSignal/label-studio, web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts
    const text = '\u{1f431} Warning: This is a test text'
    const doc = { ...units[0]!.doc, id: 'cat', text }
    const span = {
      id: 's1',
      start: codePoints(21),
      end: codePoints(25),
      label: 'ACTOR',
      text: 'test',
    }
    const set = { ...units[0]!.set, docId: 'cat', spans: [span], relations: [] }
    const one = runWriter(labelStudioWriter, ctx, [{ doc, set, annotator: FIXTURE_ANNOTATOR }])
    const [task] = JSON.parse(one.stream) as {
      annotations: { result: { value: Record<string, unknown> }[] }[]
      meta: { offset_unit: string }
    }[]
    const value = task?.annotations[0]?.result[0]?.value
    expect([value?.['start'], value?.['end'], value?.['text']]).toEqual([21, 25, 'test'])
    expect(task?.meta.offset_unit).toBe('codepoint')
  })

  it('writes attributes as per-region results, notes as a textarea and relations', () => {
    const [en] = JSON.parse(run.stream) as {
      annotations: { result: Record<string, unknown>[] }[]
    }[]
    const result = en?.annotations[0]?.result ?? []
    const of = (id: string) => result.filter((r) => r['id'] === id).map((r) => r['from_name'])
    expect(of('e1')).toEqual(['label', 'best', 'high', 'low', 'outcome', 'qualifier', 'note'])
    expect(of('e12')).toEqual(['label', 'confirmed', 'precision'])
    expect(result.filter((r) => r['type'] === 'relation')).toHaveLength(5)
  })

  it('gives a labeling config with every label, relation and attribute', () => {
    const xml = labelingConfig(FIXTURE_SCHEMA)
    expect(xml).toContain('<Label value="CASUALTY_FIGURE" background="#d62728"/>')
    expect(xml).toContain('<Relation value="claimed_by"/>')
    expect(xml).toContain('<Number name="best" toName="text" perRegion="true"/>')
    expect(xml).toContain('<Choice value="non-state armed group"/>')
  })
})
