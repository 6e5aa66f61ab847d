/**
 * What import compares new files with: every stored document's shingles and
 * words, held in memory per open corpus. Built on first use (one read of each
 * document), kept up to date by the import itself, and checked against the
 * document folder on every use, so changes made elsewhere (a git pull) count.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { profileLines, TextIndex } from '../../../shared/cleanup/text-index.ts'
import { parseWordList, Vocabulary } from '../../../shared/cleanup/vocabulary.ts'
import type { DocumentRecord } from '../../../shared/contract/model.ts'
import { assetsDir } from '../assets.ts'
import type { Corpus } from '../store/corpus.ts'

export interface CorpusOverlap {
  ids: Set<string>
  index: TextIndex
  vocabulary: Vocabulary
}

const cache = new WeakMap<Corpus, Promise<CorpusOverlap>>()
let wordList: Promise<Set<string>> | undefined

/** The English word list shipped in assets/ (see scripts/build-word-list.ts). */
export function loadWordList(): Promise<Set<string>> {
  wordList ??= readFile(join(assetsDir(), 'words-en.txt'), 'utf8').then(parseWordList)
  return wordList
}

/** The corpus's overlap index, brought up to date with its document folder. */
export async function corpusOverlap(corpus: Corpus): Promise<CorpusOverlap> {
  const previous = cache.get(corpus)
  // One refresh at a time per corpus: each waits for the one before.
  const next = (previous ?? fresh()).then((current) => refresh(corpus, current))
  cache.set(
    corpus,
    next.catch(() => fresh()),
  )
  return next
}

/** Adds a document the import just stored, so the next file in the batch sees it. */
export async function noteDocument(corpus: Corpus, doc: DocumentRecord): Promise<void> {
  const current = await cache.get(corpus)
  if (current) add(current, doc)
}

async function fresh(): Promise<CorpusOverlap> {
  return {
    ids: new Set(),
    index: new TextIndex(),
    vocabulary: new Vocabulary(await loadWordList()),
  }
}

async function refresh(corpus: Corpus, current: CorpusOverlap): Promise<CorpusOverlap> {
  const ids = await corpus.documentIds()
  const present = new Set(ids)
  // The index cannot forget a text; when documents went away, it is rebuilt.
  const base = [...current.ids].some((id) => !present.has(id)) ? await fresh() : current
  for (const id of ids) {
    if (base.ids.has(id)) continue
    // A document that cannot be read is reported where it is opened; here it is only not compared.
    const doc = await corpus.readDocument(id).catch(() => null)
    if (doc) add(base, doc)
  }
  return base
}

function add(overlap: CorpusOverlap, doc: DocumentRecord): void {
  if (overlap.ids.has(doc.id)) return
  overlap.ids.add(doc.id)
  // Lines left out at import still count: a later report from the same site repeats them.
  const leftOut = doc.source.boilerplate ?? []
  const text = leftOut.length > 0 ? `${doc.text}\n\n${leftOut.join('\n\n')}` : doc.text
  overlap.index.add(doc.id, doc.title, profileLines(text))
  overlap.vocabulary.addText(doc.text)
}
