import { afterEach, describe, expect, it } from 'vitest'
import { BRAT_CHECK, keys, python, writeRun } from '../../tests/support/datasets.ts'
import { cleanup } from '../../tests/support/backend.ts'
import type { Relation, Span } from '../contract/model.ts'
import { annotationConf, bratWriter } from './brat-writer.ts'
import { runWriter } from './run-writer.ts'
import { FIXTURE_ANNOTATOR, FIXTURE_SCHEMA, fixtureCorpus } from './test-corpus.fixtures.ts'
import { codePoints } from '../text/offsets.ts'

afterEach(cleanup)

describe('brat writer', () => {
  const units = fixtureCorpus().map(({ doc, set }) => ({ doc, set, annotator: FIXTURE_ANNOTATOR }))
  const ctx = { corpusName: 'Fixture', schema: FIXTURE_SCHEMA }
  const run = runWriter(bratWriter, ctx, units)
  const ann = (id: string) => run.files.find((f) => f.path === `${id}.ann`)?.content ?? ''

  it('writes .ann files a brat-compatible reader accepts, every T text equal to its offsets', async () => {
    const dir = await writeRun(run, '')
    const found = (await python(BRAT_CHECK, [dir])) as [string, string, string][]
    const expected = units.flatMap(({ doc, set }) =>
      set.spans.map((s) => [doc.id, s.label, s.text.replace(/\n/g, ' ')] as const),
    )
    expect(keys(found)).toEqual(keys(expected))
  })

  it('cuts a span at a line break into fragments', () => {
    expect(ann('doc-mixed')).toContain('\tPLACE 34 39;40 44\ttown. قُتل\n')
  })

  it('writes choice attributes as A lines, numbers and text as notes, escaping notes', () => {
    const en = ann('doc-en')
    expect(en).toContain('\tcategory T2 state_force\n')
    expect(en).toContain('\tconfirmed T12\n')
    expect(en).toContain('\tbest T3\t3.5\n')
    expect(en).toContain('\tside T2\tTurkey\n')
    expect(en).toContain('\tAnnotatorNotes T1\tMinistry figure;\\n\\tcheck the\\\\Syrian count\n')
    expect(en).toMatch(/^R1\tvictim Arg1:T1 Arg2:T2$/m)
  })

  it('declares labels, relations and attributes in annotation.conf', () => {
    const conf = annotationConf(FIXTURE_SCHEMA)
    expect(conf).toContain(
      '\ncategory\tArg:ACTOR, Value:state_force|non-state_armed_group|civilians|government|other\n',
    )
    expect(conf).toContain('\n# best\tArg:CASUALTY_FIGURE, Type:number\n')
    expect(conf).toContain('\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n')
  })

  it('reports the document note it cannot write and the span it writes as fragments', () => {
    expect(run.notes).toEqual([
      { docId: 'doc-en', kind: 'dropped', message: 'the document note (brat has no place for it)' },
      {
        docId: 'doc-mixed',
        spanId: 'm4',
        kind: 'changed',
        message:
          'PLACE span m4 (34-44) is written as 34-39;40-44: a brat line cannot hold a line break',
      },
    ])
  })

  const one = (text: string, spans: Span[], relations: Relation[] = []) => {
    const [first] = fixtureCorpus()
    if (!first) throw new Error('the fixture has no documents')
    const unit = {
      doc: { ...first.doc, text },
      set: { ...first.set, spans, relations },
      annotator: FIXTURE_ANNOTATOR,
    }
    return runWriter(bratWriter, ctx, [unit])
  }

  it('reports a span whose line break it leaves out', () => {
    const text = 'Idlib.\nMore later.'
    const got = one(text, [
      { id: 's1', start: codePoints(0), end: codePoints(7), label: 'PLACE', text: 'Idlib.\n' },
    ])
    expect(got.files.find((f) => f.path.endsWith('.ann'))?.content).toBe('T1\tPLACE 0 6\tIdlib.\n')
    expect(got.notes.filter((n) => n.spanId).map((n) => [n.spanId, n.kind, n.message])).toEqual([
      [
        's1',
        'changed',
        'PLACE span s1 (0-7) is written as 0-6: a brat line cannot hold a line break',
      ],
    ])
  })

  it('keeps T and R ids a brat import stored, numbering the others around them', () => {
    const text = 'Rebels shelled Idlib and Saraqib.'
    const got = one(
      text,
      [
        { id: 'T3', start: codePoints(0), end: codePoints(6), label: 'ACTOR', text: 'Rebels' },
        { id: 's9', start: codePoints(15), end: codePoints(20), label: 'PLACE', text: 'Idlib' },
        { id: 'T1', start: codePoints(25), end: codePoints(32), label: 'PLACE', text: 'Saraqib' },
      ],
      [
        { id: 'R7', type: 'source', from: 'T3', to: 's9' },
        { id: 'x', type: 'source', from: 'T3', to: 'T1' },
      ],
    )
    expect(got.files.find((f) => f.path.endsWith('.ann'))?.content).toBe(
      'T3\tACTOR 0 6\tRebels\n' +
        'T2\tPLACE 15 20\tIdlib\n' +
        'T1\tPLACE 25 32\tSaraqib\n' +
        'R7\tsource Arg1:T3 Arg2:T2\n' +
        'R1\tsource Arg1:T3 Arg2:T1\n',
    )
  })
})
