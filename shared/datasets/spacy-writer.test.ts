import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { runWriter } from './run-writer.ts'
import { spacyWriter } from './spacy-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'

afterEach(cleanup)

/** What spaCy needs: the words rebuild the text, and every span is a whole-token char_span. */
const CHECK = `
import json, sys
found = []
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    text = row["text"]
    assert "".join(w + (" " if s else "") for w, s in zip(row["tokens"], row["spaces"])) == text
    starts, ends, at = set(), set(), 0
    for w, s in zip(row["tokens"], row["spaces"]):
        starts.add(at)
        at += len(w)
        ends.add(at)
        at += 1 if s else 0
    ents = sorted(row["entities"])
    for a, b in zip(ents, ents[1:]):
        assert a[1] <= b[0], ("entities overlap", a, b)
    for s, e, label in row["entities"] + row["spans"]["sc"]:
        piece = text[s:e]
        assert piece and piece == piece.strip(), ("whitespace at a span end", piece)
        assert s in starts and e in ends, ("not on token boundaries: char_span would be None", s, e)
        found.append([row["id"], label, piece])
    for rel in row["relations"]:
        for s, e in (rel["head"], rel["child"]):
            assert s in starts and e in ends
print(json.dumps(found, ensure_ascii=False))
`

describe('spaCy writer', () => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const run = runWriter(spacyWriter, { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }, units)

  it('writes every span on token boundaries, in code points, as python3 slices it', async () => {
    const dir = await writeRun(run, 'data.jsonl')
    const found = (await python(CHECK, [join(dir, 'data.jsonl')])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans.map((s) => [doc.id, s.label, s.text.trim()] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
  })

  it('puts spans that overlap nothing in entities and the others in spans.sc', () => {
    const [en] = run.stream.split('\n').map((l) => JSON.parse(l || '{}') as Record<string, unknown>)
    expect(en?.['entities']).toEqual([[193, 208, 'PLACE']])
    expect((en?.['spans'] as { sc: unknown[] }).sc).toHaveLength(11)
  })

  it('reports the span whose whitespace it trimmed, and keeps attributes and relations', () => {
    expect(run.notes).toEqual([
      {
        docId: 'doc-en',
        spanId: 'e13',
        kind: 'changed',
        message: 'ACTOR span e13: whitespace at its ends left out',
      },
    ])
    const en = JSON.parse(run.stream.split('\n')[0] ?? '') as {
      relations: unknown[]
      span_meta: { id: string; attributes?: Record<string, unknown>; note?: string }[]
    }
    expect(en.relations).toHaveLength(5)
    expect(en.span_meta.find((a) => a.id === 'e1')).toMatchObject({
      attributes: { best: 1, high: 1, low: 1, outcome: 'killed', qualifier: 'exact' },
      note: 'Ministry figure;\n\tcheck the\\Syrian count',
    })
  })
})
