/**
 * The long document prepared for the three pages: a corpus our backend
 * serves (a short note first, so the app opens it and the long document is
 * opened by a click), the same text and spans as JSON for the baselines, and
 * the phrases the edit cases select.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { OffsetMap } from '../../shared/text/offsets.ts'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import type { LongDocument } from '../data/long-document.ts'
import { annotationSet, documentRecord } from '../data/records.ts'
import { words } from '../data/spans.ts'

export const ANNOTATOR = 'bench'

export interface Target {
  /** A phrase no span covers, found once in the document. */
  phrase: string
  /** UTF-16 offset of the phrase. */
  at: number
}

export interface LongFixture {
  corpusDir: string
  shortId: string
  longId: string
  /** Folder served to the baseline pages: data/long.json. */
  dataDir: string
  targets: Target[]
}

export async function prepareLongFixture(
  work: string,
  doc: LongDocument,
  targetCount: number,
): Promise<LongFixture> {
  const corpusDir = join(work, 'long-corpus')
  await rm(corpusDir, { recursive: true, force: true })
  await Corpus.create(corpusDir, 'Bench long document', await defaultSchema())
  const corpus = await Corpus.open(corpusDir)
  try {
    const note = documentRecord('A short note.\nIt has no annotations.\n', {
      fileName: 'a-note.txt',
      importedAt: '2024-01-01T00:00:00.000Z',
    })
    const long = documentRecord(doc.text, {
      fileName: 'war-and-peace.txt',
      importedAt: '2024-01-02T00:00:00.000Z',
    })
    await corpus.addDocument(note)
    await corpus.addDocument(long)
    await corpus.writeAnnotations(
      annotationSet(long, ANNOTATOR, doc.spans, 'in_progress', '2024-01-03T00:00:00.000Z'),
    )
    const dataDir = join(work, 'pages-data')
    await mkdir(join(dataDir, 'data'), { recursive: true })
    await writeFile(
      join(dataDir, 'data', 'long.json'),
      JSON.stringify({ id: long.id, title: long.title, text: doc.text, spans: doc.spans }),
    )
    return {
      corpusDir,
      shortId: note.id,
      longId: long.id,
      dataDir,
      targets: pickTargets(doc, targetCount),
    }
  } finally {
    corpus.close()
  }
}

/**
 * Two-word phrases in the middle third of the text, in different paragraphs,
 * that no span touches and that occur once (with or without the newlines, as
 * a page's text nodes join them).
 */
function pickTargets(doc: LongDocument, count: number): Target[] {
  const offsets = new OffsetMap(doc.text)
  const covered = new Uint8Array(doc.text.length)
  for (const s of doc.spans) covered.fill(1, offsets.toUtf16(s.start), offsets.toUtf16(s.end))
  const all = words(doc.text)
  const flat = doc.text.replace(/\n/g, '')
  const targets: Target[] = []
  let lastParagraph = -1
  for (let i = Math.floor(all.length / 2); i + 1 < all.length && targets.length < count; i += 97) {
    const a = all[i]
    const b = all[i + 1]
    if (!a || !b || a.paragraph !== b.paragraph || a.paragraph === lastParagraph) continue
    if (covered.subarray(a.start, b.end).some((c) => c === 1)) continue
    const phrase = doc.text.slice(a.start, b.end)
    if (phrase.length < 8 || !/^[\p{L} ]+$/u.test(phrase)) continue
    if (once(doc.text, phrase) && once(flat, phrase)) {
      targets.push({ phrase, at: a.start })
      lastParagraph = a.paragraph
    }
  }
  if (targets.length < count) throw new Error(`only ${targets.length} edit targets found`)
  return targets
}

function once(text: string, phrase: string): boolean {
  const first = text.indexOf(phrase)
  return first >= 0 && text.indexOf(phrase, first + 1) === -1
}
