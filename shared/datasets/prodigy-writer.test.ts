import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { prodigyWriter } from './prodigy-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'

afterEach(cleanup)

/** Prodigy's invariants: tokens slice the text, spans start and end on their tokens. */
const CHECK = `
import json, sys
found = []
for line in open(sys.argv[1], encoding="utf-8"):
    task = json.loads(line)
    text, tokens = task["text"], task["tokens"]
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == text
    for i, t in enumerate(tokens):
        assert t["id"] == i and text[t["start"]:t["end"]] == t["text"], t
    def check(span):
        assert tokens[span["token_start"]]["start"] == span["start"], span
        assert tokens[span["token_end"]]["end"] == span["end"], span
        return text[span["start"]:span["end"]]
    for span in task["spans"]:
        found.append([task["meta"]["id"], span["label"], check(span)])
    for rel in task["relations"]:
        check(rel["head_span"])
        check(rel["child_span"])
        assert rel["head"] == rel["head_span"]["token_end"]
        assert rel["child"] == rel["child_span"]["token_end"]
print(json.dumps(found, ensure_ascii=False))
`

describe('Prodigy writer', () => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const run = runWriter(prodigyWriter, { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }, units)

  it('aligns every span and relation to its tokens, in code points, as python3 slices it', async () => {
    const dir = await writeRun(run, 'data.jsonl')
    const found = (await python(CHECK, [join(dir, 'data.jsonl')])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans.map((s) => [doc.id, s.label, s.text.trim()] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
  })

  it('keeps overlapping spans, relations, attributes and notes', () => {
    const en = JSON.parse(run.stream.split('\n')[0] ?? '') as {
      spans: { id: string; attributes?: object; note?: string }[]
      relations: { label: string }[]
    }
    expect(en.spans).toHaveLength(12)
    expect(en.relations.map((r) => r.label)).toEqual([
      'victim',
      'location',
      'claimed_by',
      'source',
      'location',
    ])
    expect(en.spans.find((s) => s.id === 'e12')).toMatchObject({
      attributes: { confirmed: true, precision: 'exact' },
    })
  })
})
