import { afterEach, describe, expect, it } from 'vitest'
import { OffsetMap } from '../../shared/text/offsets.ts'
import { Backend } from '../backend/services/backend.ts'
import { Corpus } from '../backend/store/corpus.ts'
import {
  cleanup,
  findCodePoints,
  makeCorpus,
  runCli,
  spanAt,
  tempDir,
} from '../../tests/support/backend.ts'

afterEach(cleanup)

/** Made-up names, so no gazetteer knows them. */
const PLACES = [
  'Tel Zorba',
  'Kafr Miran',
  'Ain Dalfa',
  'Beit Sallum',
  'Marj Halun',
  'Deir Nasra',
  'Umm Jurn',
  'Tal Hadiya',
  'Khirbat Sufa',
  'Rasm Tawil',
]
const GROUPS = [
  'Falcon Brigade',
  'Dawn Legion',
  'Martyrs Battalion',
  'Hawks Front',
  'Liberation Corps',
]

/** An article with an emoji before its names, so code points and UTF-16 differ. */
const article = (k: number): string =>
  `🇸🇾 Shelling hit ${PLACES[k]} on Monday. The ${GROUPS[k % GROUPS.length]} said it held ${PLACES[k]}.`

/** A corpus of ten articles with every place and group tagged by "tester". */
async function taggedCorpus(): Promise<string> {
  const texts = PLACES.map((_, k) => article(k))
  const { dir, docIds } = await makeCorpus(Object.fromEntries(texts.map((t, k) => [`${k}.txt`, t])))
  const corpus = await Corpus.open(dir)
  const backend = new Backend({ corpus, annotator: 'tester', home: await tempDir() })
  for (const [k, text] of texts.entries()) {
    const place = PLACES[k] ?? ''
    const map = new OffsetMap(text)
    const [s, e] = findCodePoints(text, place)
    const last = map.toCodePoint(text.lastIndexOf(place))
    const [gs, ge] = findCodePoints(text, GROUPS[k % GROUPS.length] ?? '')
    const ops = [
      spanAt(text, s, e, 'PLACE', 's0'),
      spanAt(text, gs, ge, 'ACTOR', 's1'),
      spanAt(text, last, last + (e - s), 'PLACE', 's2'),
    ].map((span) => ({ op: 'addSpan' as const, span }))
    const result = await backend.invoke('annotations.apply', { docId: docIds[k], revision: 0, ops })
    expect(result.ok).toBe(true)
  }
  corpus.close()
  return dir
}

async function run(args: string[]): Promise<{ code: number | null; out: string }> {
  const result = await runCli(args, await tempDir())
  if (result.stderr) throw new Error(result.stderr)
  return { code: result.code, out: result.stdout }
}

/** `suggest` on the corpus, 20% held out with seed 4: two documents. */
const heldOutArgs = (dir: string): string[] => [
  'suggest',
  '--corpus',
  dir,
  '--annotator',
  'tester',
  '--holdout',
  '20',
  '--seed',
  '4',
]

describe('spanbench suggest', () => {
  it('prints what the app would suggest in each held-out document, in code points', async () => {
    const dir = await taggedCorpus()
    const args = heldOutArgs(dir)
    const { code, out } = await run(args)
    expect(code).toBe(0)
    const lines = out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string
            suggestions: {
              start: number
              end: number
              label: string
              source: string
              confidence: number
              text: string
            }[]
          },
      )
    expect(lines).toHaveLength(2)
    for (const line of lines) {
      const k = PLACES.findIndex((p) => line.suggestions.some((s) => s.text === p))
      const text = new OffsetMap(article(k))
      expect(line.suggestions.length).toBeGreaterThan(0)
      for (const s of line.suggestions) {
        expect(text.slice(s.start, s.end)).toBe(s.text)
        expect(['corpus', 'gazetteer', 'pattern', 'model']).toContain(s.source)
        expect(s.confidence).toBeGreaterThan(0)
      }
      // Names of a held-out document were never tagged elsewhere: only the model can know them.
      expect(line.suggestions).toContainEqual(
        expect.objectContaining({ text: PLACES[k], label: 'PLACE', source: 'model' }),
      )
    }
    expect((await run(args)).out).toBe(out)
  })

  it('scores the suggestions per label and source with --evaluate', async () => {
    const dir = await taggedCorpus()
    const base = heldOutArgs(dir)
    const table = await run([...base, '--evaluate'])
    expect(table.out).toMatch(/^2 held-out documents/)
    expect(table.out).toMatch(/\| PLACE \| all \| 4 \| \d+ \| 1\.00 \| 1\.00 \|/)
    expect(table.out).toMatch(/\| PLACE \| model \|/)
    const json = await run([
      ...base,
      '--evaluate',
      '--json',
      '--sources',
      'model',
      '--labels',
      'ACTOR',
    ])
    const parsed = JSON.parse(json.out) as { rows: { label: string; source: string }[] }
    expect(parsed.rows.map((r) => `${r.label} ${r.source}`)).toEqual(['ACTOR all', 'ACTOR model'])
  })

  it('says which option is wrong and why', async () => {
    const dir = await taggedCorpus()
    const base = ['suggest', '--corpus', dir, '--annotator', 'tester']
    await expect(run([...base, '--sources', 'corpus,oracle'])).rejects.toThrow(
      /--sources oracle: one of corpus, gazetteer, pattern, model/,
    )
    await expect(run([...base, '--holdout', '150'])).rejects.toThrow(
      /--holdout 150: a share from 0 to 100/,
    )
    await expect(run(['suggest', '--corpus', dir, '--annotator', 'nobody'])).rejects.toThrow(
      /nobody has annotated no document/,
    )
  })
})
