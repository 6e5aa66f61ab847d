import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { IOB_CHECK, keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { iobWriter } from './iob-writer.ts'
import { runWriter } from './run-writer.ts'
import {
  FIXTURE_ANNOTATOR,
  FIXTURE_KEPT,
  FIXTURE_SCHEMA,
  fixtureCorpus,
} from './test-corpus.fixtures.ts'

afterEach(cleanup)

const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))

/** The kept spans as the checker reports them: document index, label, text without spaces. */
function keptEntities(): [string, string, string][] {
  return units.flatMap(({ doc, set }, i) =>
    set.spans
      .filter((s) => FIXTURE_KEPT[doc.id]?.includes(s.id))
      .map((s) => [String(i), s.label, s.text.replace(/\s/gu, '')] as [string, string, string]),
  )
}

describe.each(['iob2', 'bioes'] as const)('%s writer', (scheme) => {
  const run = runWriter(iobWriter(scheme), { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }, units)

  it('writes one tag per token, valid transitions and -DOCSTART- per document', async () => {
    const dir = await writeRun(run, 'data.conll')
    const result = (await python(IOB_CHECK, [join(dir, 'data.conll'), scheme])) as {
      documents: number
      entities: [string, string, string][]
    }
    expect(result.documents).toBe(3)
    expect(keys(result.entities)).toEqual(keys(keptEntities()))
  })

  it('starts documents with the line spaCy’s converter splits at, so none is a document alone', async () => {
    const dir = await writeRun(run, 'data.conll')
    // spacy/training/converters/conll_ner_to_docs.py: split at the delimiter, words in column 0.
    const docs = (await python(
      `
import json, sys
data = open(sys.argv[1], encoding="utf-8").read()
docs = [d for d in data.strip().split("-DOCSTART- -X- O O") if d.strip()]
words = [[l.split()[0] for l in d.strip().split("\\n") if l.strip()] for d in docs]
print(json.dumps([len(docs), sum(w.count("-DOCSTART-") for w in words)]))
`,
      [join(dir, 'data.conll')],
    )) as [number, number]
    expect(docs).toEqual([3, 0])
  })

  it('drops overlapping spans by the policy and lists each by document and id', () => {
    const dropped = run.notes
      .filter((n) => n.kind === 'dropped')
      .map((n) => `${n.docId}/${n.spanId}`)
    expect(dropped.sort()).toEqual(
      [
        'doc-en/e2',
        'doc-en/e3',
        'doc-en/e4',
        'doc-en/e6',
        'doc-en/e8',
        'doc-en/e13',
        'doc-ar/a4',
        'doc-mixed/m2',
      ].sort(),
    )
  })

  it('does not split a word at the edge of a span it dropped', () => {
    // e8 (one person of the family emoji) is dropped, so the emoji stays one token.
    const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}'
    expect(run.stream).toContain(`\n${family} ${scheme === 'iob2' ? 'B' : 'S'}-ACTOR\n`)
  })
})

it('tags spans B-/I- in IOB2 and B-/I-/E- in BIOES', () => {
  const ctx = { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }
  const en = units.slice(0, 1)
  expect(runWriter(iobWriter('iob2'), ctx, en).stream).toContain(
    '\nOne B-CASUALTY_FIGURE\nTurkish I-CASUALTY_FIGURE\nsoldier I-CASUALTY_FIGURE\n',
  )
  expect(runWriter(iobWriter('bioes'), ctx, en).stream).toContain(
    '\nOne B-CASUALTY_FIGURE\nTurkish I-CASUALTY_FIGURE\nsoldier E-CASUALTY_FIGURE\n',
  )
})
