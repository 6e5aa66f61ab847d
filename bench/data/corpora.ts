/**
 * Generated corpora of short articles (paragraph runs of the long text, each
 * with a numbered title so every text is distinct), 50 annotations each,
 * written in corpus format 1 exactly as the store writes it.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  AnnotationSetSchema,
  DocumentRecordSchema,
  type DocumentRecord,
  type DocumentStatus,
} from '../../shared/contract/model.ts'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { mapLimited } from '../../electron/backend/services/documents-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { serialize } from '../../electron/backend/store/json-file.ts'
import { Random } from './random.ts'
import { annotationSet, documentRecord } from './records.ts'
import { generateSpans } from './spans.ts'

export const SPANS_PER_ARTICLE = 50
const STATUSES: DocumentStatus[] = ['new', 'in_progress', 'done', 'needs_review']
const EPOCH = Date.parse('2024-01-01T00:00:00.000Z')

export interface GeneratedCorpus {
  dir: string
  docIds: string[]
}

/** Bump when generateCorpus writes something else: corpora made before are made again. */
const GENERATOR_VERSION = 1

/**
 * The corpus of `size` articles in `dir`: reused when an earlier run made it
 * with the same size and seed (a stamp beside it, written last, says so),
 * else written afresh. Reuse keeps a 100,000-document corpus from taking
 * minutes to write at every run.
 */
export async function ensureCorpus(
  dir: string,
  size: number,
  source: string,
  annotator: string,
): Promise<GeneratedCorpus & { reused: boolean }> {
  const stampPath = `${dir}.json`
  const stamp = JSON.stringify({ size, seed: size, annotator, version: GENERATOR_VERSION })
  const previous = await readFile(stampPath, 'utf8').catch(() => '')
  if (previous === stamp) {
    const corpus = await Corpus.open(dir, { readOnly: true })
    const docIds = await corpus.documentIds()
    if (docIds.length === size) return { dir, docIds, reused: true }
  }
  await rm(stampPath, { force: true })
  const made = await generateCorpus(dir, size, source, annotator)
  await writeFile(stampPath, stamp)
  return { ...made, reused: false }
}

/** Writes a fresh corpus of `size` articles for `annotator` into `dir` (replacing it). */
export async function generateCorpus(
  dir: string,
  size: number,
  source: string,
  annotator: string,
  seed = size,
): Promise<GeneratedCorpus> {
  await rm(dir, { recursive: true, force: true })
  await Corpus.create(dir, `Bench ${size}`, await defaultSchema())
  await mkdir(join(dir, 'annotations', annotator), { recursive: true })
  const paragraphs = source.split('\n').filter((p) => p.length >= 200)
  const rnd = new Random(seed)
  const plans = Array.from({ length: size }, (_, n) => ({
    n,
    from: rnd.int(0, paragraphs.length - 1),
    length: rnd.int(1500, 3500),
    status: rnd.pick(STATUSES),
  }))
  const docIds = await mapLimited(plans, 32, async ({ n, from, length, status }) => {
    const doc = article(n, paragraphs, from, length)
    const spans = generateSpans(doc.text, {
      count: SPANS_PER_ARTICLE,
      seed: seed * 100_000 + n,
      overlapShare: 0.1,
    })
    const set = annotationSet(
      doc,
      annotator,
      spans,
      status,
      new Date(EPOCH + 86_400_000).toISOString(),
    )
    await writeFile(join(dir, 'documents', `${doc.id}.json`), serialize(DocumentRecordSchema, doc))
    await writeFile(
      join(dir, 'annotations', annotator, `${doc.id}.json`),
      serialize(AnnotationSetSchema, set),
    )
    return doc.id
  })
  return { dir, docIds }
}

function article(n: number, paragraphs: string[], from: number, length: number): DocumentRecord {
  const body: string[] = []
  let size = 0
  for (let p = from; size < length; p = (p + 1) % paragraphs.length) {
    const paragraph = paragraphs[p] ?? ''
    body.push(paragraph)
    size += paragraph.length + 1
  }
  const title = `Report ${n + 1}: ${(body[0] ?? '').split(' ').slice(0, 6).join(' ')}`
  return documentRecord(
    `${title}\n${body.join('\n')}`,
    {
      fileName: `report-${String(n + 1).padStart(5, '0')}.txt`,
      importedAt: new Date(EPOCH + n * 1000).toISOString(),
    },
    title,
  )
}
