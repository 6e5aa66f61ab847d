/**
 * A synthetic corpus for the dataset export benchmark: documents of news-like
 * sentences (words from assets/words-en.txt, a few Arabic words and emoji so
 * offsets need converting), each with spans of every label, some nested and
 * some overlapping, attributes and relations. Seeded, so every run builds the
 * same corpus. Files are written directly (no fsync): this is a fixture, not
 * a user's data.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRandom } from '../../shared/datasets/splits.ts'
import {
  AnnotationSetSchema,
  DocumentRecordSchema,
  type AnnotationSet,
  type DocumentRecord,
  type Relation,
  type Span,
} from '../../shared/contract/model.ts'
import { codePoints, OffsetMap } from '../../shared/text/offsets.ts'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { serialize } from '../../electron/backend/store/json-file.ts'

const EXTRA = [
  'إدلب',
  'قُتل',
  'جندياً',
  '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
  'Re\u0301sume\u0301'.normalize('NFC'),
]
const LABELS = ['ACTOR', 'PLACE', 'CASUALTY_FIGURE', 'ATTRIBUTION'] as const

export interface GeneratedCorpus {
  dir: string
  documents: number
  spans: number
  relations: number
}

export async function generateCorpus(
  dir: string,
  documents: number,
  spansPerDocument: number,
  annotator: string,
): Promise<GeneratedCorpus> {
  const words = (await readFile(join(import.meta.dirname, '../../assets/words-en.txt'), 'utf8'))
    .split('\n')
    .filter((w) => w && !w.startsWith('#'))
  const random = seededRandom(20240501)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  await Corpus.create(dir, 'Benchmark corpus', await defaultSchema())
  await mkdir(join(dir, 'annotations', annotator), { recursive: true })
  let spanCount = 0
  let relationCount = 0
  for (let d = 0; d < documents; d++) {
    // Enough words for the spans: about four words per span, in sentences of 8-20 words.
    const tokens: string[] = []
    while (tokens.length < spansPerDocument * 4) {
      const n = 8 + Math.floor(random() * 13)
      for (let i = 0; i < n; i++) tokens.push(random() < 0.03 ? pick(EXTRA) : pick(words))
      tokens[tokens.length - 1] += random() < 0.2 ? '.\n\n' : '.'
    }
    const text = tokens.join(' ').replace(/ \n/g, '\n')
    const map = new OffsetMap(text)
    const starts: number[] = []
    let at = 0
    for (const t of tokens) {
      starts.push(map.toCodePoint(text.indexOf(t, at)))
      at = text.indexOf(t, at) + t.length
    }
    const spans: Span[] = []
    for (let s = 0; s < spansPerDocument; s++) {
      const first = Math.min(tokens.length - 4, s * 4 + Math.floor(random() * 2))
      // Every fifth span overlaps the next one; every seventh nests inside the previous.
      const length = s % 5 === 0 ? 5 : 1 + Math.floor(random() * 3)
      const start = codePoints(starts[first] ?? 0)
      const lastToken = tokens[first + length - 1] ?? ''
      const end = codePoints(
        (starts[first + length - 1] ?? 0) + Array.from(lastToken.replace(/[.\n]+$/, '')).length,
      )
      if (end <= start) continue
      const label = pick(LABELS)
      const span: Span = { id: `s${s}`, start, end, label, text: map.slice(start, end) }
      if (label === 'CASUALTY_FIGURE')
        span.attributes = {
          outcome: pick(['killed', 'injured', 'displaced']),
          best: Math.floor(random() * 500),
        }
      if (label === 'ACTOR')
        span.attributes = { category: pick(['state force', 'civilians', 'government']) }
      spans.push(span)
    }
    const relations: Relation[] = []
    for (let s = 0; s + 1 < spans.length; s += 4) {
      const from = spans[s]
      const to = spans[s + 1]
      if (from?.label === 'CASUALTY_FIGURE' && to?.label === 'ACTOR')
        relations.push({ id: `r${s}`, type: 'victim', from: from.id, to: to.id })
      else if (from?.label === 'CASUALTY_FIGURE' && to?.label === 'PLACE')
        relations.push({ id: `r${s}`, type: 'location', from: from.id, to: to.id })
    }
    const sha256 = createHash('sha256').update(text).digest('hex')
    const doc: DocumentRecord = {
      format: 'spanbench.document',
      version: 1,
      id: sha256.slice(0, 16),
      title: `Report ${d + 1}`,
      source: {
        fileName: `report-${d + 1}.txt`,
        format: 'txt',
        importedAt: '2024-05-01T00:00:00.000Z',
      },
      metadata: { date: '2024-05-01' },
      sha256,
      text,
    }
    const set: AnnotationSet = {
      format: 'spanbench.annotations',
      version: 1,
      docId: doc.id,
      annotator,
      textSha256: sha256,
      status: d % 3 === 0 ? 'done' : 'in_progress',
      revision: 1,
      updatedAt: '2024-05-02T00:00:00.000Z',
      spans,
      relations,
    }
    await writeFile(join(dir, 'documents', `${doc.id}.json`), serialize(DocumentRecordSchema, doc))
    await writeFile(
      join(dir, 'annotations', annotator, `${doc.id}.json`),
      serialize(AnnotationSetSchema, set),
    )
    spanCount += spans.length
    relationCount += relations.length
  }
  return { dir, documents, spans: spanCount, relations: relationCount }
}
