import { afterEach, describe, expect, it } from 'vitest'
import { keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { hfWriter, nerTagNames } from './hf-writer.ts'
import { runWriter } from './run-writer.ts'
import {
  FIXTURE_ANNOTATOR,
  FIXTURE_KEPT,
  FIXTURE_SCHEMA,
  fixtureCorpus,
} from './test-corpus.fixtures.ts'

afterEach(cleanup)

/** Rows as `datasets` would load them: ClassLabel names from dataset_info.json, valid IOB2. */
const CHECK = `
import json, sys
folder = sys.argv[1]
info = json.load(open(folder + "/dataset_info.json", encoding="utf-8"))
names = info["features"]["ner_tags"]["feature"]["names"]
assert info["features"]["ner_tags"]["feature"]["_type"] == "ClassLabel" and names[0] == "O"
found = []
for line in open(folder + "/train.jsonl", encoding="utf-8"):
    row = json.loads(line)
    assert len(row["tokens"]) == len(row["ner_tags"]) > 0, row
    tags = [names[i] for i in row["ner_tags"]]
    current, prev = None, "O"
    for token, tag in list(zip(row["tokens"], tags)) + [("", "O")]:
        assert token.strip() == token, ("whitespace is not a token", token)
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:] and prev != "O", ("invalid transition", prev, tag)
            current[2] += token
        else:
            if current:
                found.append(current)
            current = [row["document"], tag[2:], token] if tag.startswith("B-") else None
        prev = tag
print(json.dumps(found, ensure_ascii=False))
`

describe('Hugging Face writer', () => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const ctx = { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }
  const run = runWriter(hfWriter, ctx, units)

  it('writes sentences with valid IOB2 tag ids named in dataset_info.json', async () => {
    const dir = await writeRun(run, 'train.jsonl')
    const found = (await python(CHECK, [dir])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans
        .filter((s) => FIXTURE_KEPT[doc.id]?.includes(s.id))
        .map((s) => [doc.id, s.label, s.text.replace(/\s/gu, '')] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
  })

  it('names the tags in the card front matter the Hub reads, with splits as files', () => {
    const yaml = hfWriter.cardFrontMatter?.(ctx, ['train', 'dev', 'test']) ?? ''
    expect(yaml).toContain('  - split: validation\n    path: dev.jsonl\n')
    const names = nerTagNames(FIXTURE_SCHEMA)
    expect(names.slice(0, 3)).toEqual(['O', 'B-ACTOR', 'I-ACTOR'])
    for (const [i, n] of names.entries()) expect(yaml).toContain(`          '${i}': "${n}"\n`)
  })
})
