/**
 * The tricky corpus `npm run check:consumers` exports: emoji ZWJ families,
 * skin tones and flags, Arabic with harakat, combining marks that do not
 * compose, text that came in with CRLF line ends, spans ending in a line
 * break, spans at the very end of a text, nested spans and relations. Built
 * as a user would: the texts imported from files (CRLF and all), the spans
 * written by quote, so their offsets are computed, never typed.
 */
import { join } from 'node:path'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { RAW_IMPORT, importFiles } from '../../electron/backend/article-import/import-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import type { AttributeValue, Relation, Span } from '../../shared/contract/model.ts'
import { locate } from '../../shared/datasets/test-corpus.fixtures.ts'
import { OffsetMap } from '../../shared/text/offsets.ts'

export const ANNOTATOR = 'checker'

interface Spec {
  id: string
  label: string
  quote: string
  attributes?: Record<string, AttributeValue>
}

interface Doc {
  file: string
  raw: string
  spans: Spec[]
  relations: Relation[]
}

const DOCS: Doc[] = [
  {
    file: 'emoji.txt',
    raw:
      'A family \u{1f469}\u200d\u{1f469}\u200d\u{1f467} fled; a medic \u{1f44b}\u{1f3fd} waved as ' +
      '\u{1f1f9}\u{1f1f7} forces shelled Idlib.\r\nThe strike killed 3 people.\r\n',
    spans: [
      { id: 's1', label: 'ACTOR', quote: '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}' },
      { id: 's2', label: 'ACTOR', quote: '\u{1f44b}\u{1f3fd}' },
      { id: 's3', label: 'ACTOR', quote: '\u{1f1f9}\u{1f1f7} forces' },
      { id: 's4', label: 'ACTOR', quote: 'forces' },
      { id: 's5', label: 'PLACE', quote: 'Idlib.\n' },
      {
        id: 's6',
        label: 'CASUALTY_FIGURE',
        quote: '3 people',
        attributes: { outcome: 'killed', best: 3, qualifier: 'exact' },
      },
    ],
    relations: [{ id: 'r1', type: 'location', from: 's6', to: 's5' }],
  },
  {
    file: 'arabic.txt',
    raw: 'قُتِلَ ثَلاثَةُ مَدَنِيِّينَ فِي إِدْلِب',
    spans: [
      {
        id: 'a1',
        label: 'CASUALTY_FIGURE',
        quote: 'ثَلاثَةُ مَدَنِيِّينَ',
        attributes: { outcome: 'killed', best: 3, qualifier: 'exact' },
      },
      { id: 'a2', label: 'PLACE', quote: 'إِدْلِب' },
    ],
    relations: [{ id: 'r1', type: 'location', from: 'a1', to: 'a2' }],
  },
  {
    file: 'marks.txt',
    raw: 'The q\u0307 shelling hit the town of Sarmin.\r\n\r\nMore later from Ariha',
    spans: [
      { id: 'm1', label: 'ACTOR', quote: 'q\u0307' },
      { id: 'm2', label: 'PLACE', quote: 'Sarmin.\n' },
      { id: 'm3', label: 'PLACE', quote: 'Ariha' },
    ],
    relations: [],
  },
]

function spanOf(text: string, s: Spec): Span {
  const [start, end] = locate(text, s.quote)
  return {
    id: s.id,
    start,
    end,
    label: s.label,
    text: new OffsetMap(text).slice(start, end),
    ...(s.attributes ? { attributes: s.attributes } : {}),
  }
}

export interface ExpectedSpan {
  doc: string
  id: string
  label: string
  text: string
}

/** Builds the corpus in `parent`/corpus; returns its folder and every span stored. */
export async function buildCorpus(parent: string): Promise<{ dir: string; spans: ExpectedSpan[] }> {
  const dir = join(parent, 'corpus')
  await Corpus.create(dir, 'Consumer check', await defaultSchema())
  const corpus = await Corpus.open(dir)
  const spans: ExpectedSpan[] = []
  try {
    for (const d of DOCS) {
      const [result] = await importFiles(
        corpus,
        [{ name: d.file, bytes: Buffer.from(d.raw, 'utf8') }],
        RAW_IMPORT,
      )
      if (!result?.docId) throw new Error(`${d.file} was not imported: ${JSON.stringify(result)}`)
      const doc = await corpus.readDocument(result.docId)
      const stored = d.spans.map((s) => spanOf(doc.text, s))
      await corpus.writeAnnotations({
        format: 'spanbench.annotations',
        version: 1,
        docId: doc.id,
        annotator: ANNOTATOR,
        textSha256: doc.sha256,
        status: 'done',
        revision: 1,
        updatedAt: new Date().toISOString(),
        spans: stored,
        relations: d.relations,
      })
      spans.push(...stored.map((s) => ({ doc: doc.id, id: s.id, label: s.label, text: s.text })))
    }
  } finally {
    corpus.close()
  }
  return { dir, spans }
}
