import { afterEach, describe, expect, it } from 'vitest'
import { UTF16_SLICE, keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'
import { RELATION_TYPE, SPAN_TYPE, uimaWriter } from './uima-writer.ts'

afterEach(cleanup)

/**
 * A UIMA JSON CAS read as DKPro Cassis does: the sofa first, every type used
 * declared (or built in), references resolved, begin/end in UTF-16 units.
 */
const CHECK = `${UTF16_SLICE}
import json, os, sys
BUILT_IN = {"uima.cas.Sofa", "uima.tcas.DocumentAnnotation"}
found = []
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    cas = json.load(open(os.path.join(folder, name), encoding="utf-8"))
    types = cas["%TYPES"]
    for t in types.values():
        assert t["%SUPER_TYPE"] == "uima.tcas.Annotation"
        for key, feature in t.items():
            if not key.startswith("%"):
                assert feature["%NAME"] == key and "%RANGE" in feature
    structures = {fs["%ID"]: fs for fs in cas["%FEATURE_STRUCTURES"]}
    sofa = cas["%FEATURE_STRUCTURES"][0]
    assert sofa["%TYPE"] == "uima.cas.Sofa" and sofa["sofaID"] == "_InitialView"
    text = sofa["sofaString"]
    view = cas["%VIEWS"]["_InitialView"]
    assert view["%SOFA"] == sofa["%ID"]
    assert sorted(view["%MEMBERS"]) == sorted(i for i in structures if i != sofa["%ID"])
    for fs in structures.values():
        assert fs["%TYPE"] in types or fs["%TYPE"] in BUILT_IN, fs["%TYPE"]
        for key, value in fs.items():
            if key.startswith("@"):
                assert value in structures, (key, value)
            elif not key.startswith("%") and fs["%TYPE"] in types:
                assert key in ("begin", "end") or key in types[fs["%TYPE"]], key
        if fs["%TYPE"] == "${SPAN_TYPE}":
            found.append([name[:-5], fs["label"], utf16(text, fs["begin"], fs["end"])])
        if fs["%TYPE"] == "${RELATION_TYPE}":
            dep = structures[fs["@Dependent"]]
            assert structures[fs["@Governor"]]["%TYPE"] == dep["%TYPE"] == "${SPAN_TYPE}"
            assert (fs["begin"], fs["end"]) == (dep["begin"], dep["end"])
print(json.dumps(found, ensure_ascii=False))
`

describe('UIMA CAS JSON writer', () => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const run = runWriter(uimaWriter, { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }, units)

  it('writes one CAS per document whose UTF-16 offsets python3 slices to each span', async () => {
    const dir = await writeRun(run, '')
    const found = (await python(CHECK, [dir])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans.map((s) => [doc.id, s.label, s.text] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
  })

  it('carries attributes as typed features, notes and relations', () => {
    const cas = JSON.parse(run.files.find((f) => f.path === 'doc-en.json')?.content ?? '') as {
      '%FEATURE_STRUCTURES': Record<string, unknown>[]
    }
    const spans = cas['%FEATURE_STRUCTURES'].filter((f) => f['%TYPE'] === SPAN_TYPE)
    expect(spans[0]).toMatchObject({ label: 'CASUALTY_FIGURE', best: 1, outcome: 'killed' })
    expect(spans[0]?.['note']).toContain('Ministry figure')
    expect(spans.find((f) => f['confirmed'] === true)).toMatchObject({ label: 'PLACE' })
    expect(cas['%FEATURE_STRUCTURES'].filter((f) => f['%TYPE'] === RELATION_TYPE)).toHaveLength(5)
  })
})
