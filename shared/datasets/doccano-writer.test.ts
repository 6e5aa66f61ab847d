import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { UTF16_SLICE, keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { doccanoWriter } from './doccano-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'

afterEach(cleanup)

/** doccano lines, sliced in the unit each line states; relation ids must name entities. */
const CHECK = `${UTF16_SLICE}
import json, sys
found = []
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    text, unit = row["text"], row["offset_unit"]
    ids = {e["id"] for e in row["entities"]}
    for e in row["entities"]:
        s, t = e["start_offset"], e["end_offset"]
        piece = utf16(text, s, t) if unit == "utf16" else text[s:t]
        found.append([row["id"], e["label"], piece])
    for r in row["relations"]:
        assert r["from_id"] in ids and r["to_id"] in ids, r
print(json.dumps(found, ensure_ascii=False))
`

describe.each(['utf16', 'codepoint'] as const)('doccano writer, %s offsets', (offsetUnit) => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const ctx = { corpusName: 'Fixture', schema: FIXTURE_SCHEMA, offsetUnit }
  const run = runWriter(doccanoWriter, ctx, units)

  it('writes offsets python3 slices to every span, in the unit it states', async () => {
    const dir = await writeRun(run, 'data.jsonl')
    const found = (await python(CHECK, [join(dir, 'data.jsonl')])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans.map((s) => [doc.id, s.label, s.text] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
    expect(doccanoWriter.offsets(ctx)).toContain(offsetUnit === 'utf16' ? 'UTF-16' : 'code points')
  })

  it('reports the attributes and notes it cannot write, per document', () => {
    expect(run.notes.map((n) => [n.docId, n.kind])).toEqual([
      ['doc-en', 'dropped'],
      ['doc-ar', 'dropped'],
      ['doc-mixed', 'dropped'],
    ])
    expect(run.notes[0]?.message).toContain('(e1, e2, e3, e4, e5, e6, e7, e11, e12)')
  })

  it('tells in the card to allow overlapping spans, or doccano drops them and fails on relations', () => {
    const card = doccanoWriter.howToLoad({ corpusName: 'F', schema: FIXTURE_SCHEMA }, [
      'data.jsonl',
    ])
    expect(card).toContain('**"Allow overlapping entity"**')
    expect(card).toContain('fails on the relations that point at a dropped span')
  })
})
