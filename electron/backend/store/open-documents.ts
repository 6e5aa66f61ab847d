/**
 * What a save needs of a document, kept between saves: the document, the
 * offset map over its text, and each annotator's set as stored (split into
 * the spans that fit the text and those set aside). An entry is used only
 * while its files are the ones it was read from — same inode, size, mtime
 * and ctime, and the same migration generation — so a change from outside
 * (a git pull, a sync, another program) is read again, as the change watch
 * (corpus.changes) would notice it. ctime cannot be set back by a tool that
 * keeps mtimes, and a file replaced by rename has a new inode.
 */
import { stat } from 'node:fs/promises'
import type { AnnotationSet, DocumentRecord } from '../../../shared/contract/model.ts'
import { setAsideMisfits, type SetAside } from '../../../shared/corpus/set-aside.ts'
import { OffsetMap } from '../../../shared/text/offsets.ts'
import { isCode } from './atomic-file.ts'

/** One annotator's stored set of a document, and its text. */
export interface OpenDocument {
  doc: DocumentRecord
  text: OffsetMap
  /** The set as stored (under the current schema), null when the annotator has none. */
  stored: AnnotationSet | null
  /** The stored set without the spans that do not fit the text, and those spans. */
  fitting: { set: AnnotationSet; setAside: SetAside } | null
}

/** What the cache needs of the corpus. */
export interface OpenDocumentFiles {
  documentPath(id: string): string
  annotationPath(id: string, annotator: string): string
  readDocument(id: string): Promise<DocumentRecord>
  readAnnotations(id: string, annotator: string): Promise<AnnotationSet | null>
  readonly generation: number
}

/** A file's identity: inode, size, mtime, ctime; null when there is no file. */
type Identity = string | null

interface Entry {
  open: OpenDocument
  document: Identity
  annotations: Identity
  generation: number
}

/** Documents open at once, by annotator; the least recently used one is dropped beyond this. */
const KEPT = 32

export class OpenDocuments {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly files: OpenDocumentFiles) {}

  /** The document and the annotator's set, from memory when neither file has changed. */
  async get(id: string, annotator: string): Promise<OpenDocument> {
    const key = `${annotator}\u0000${id}`
    // Identities first: a file changed between them and the read is read again next time.
    const [document, annotations] = await Promise.all([
      identity(this.files.documentPath(id)),
      identity(this.files.annotationPath(id, annotator)),
    ])
    const generation = this.files.generation
    const known = this.entries.get(key)
    this.entries.delete(key)
    if (
      known &&
      known.document === document &&
      known.annotations === annotations &&
      known.generation === generation
    ) {
      this.entries.set(key, known)
      return known.open
    }
    const doc =
      known && known.document === document ? known.open.doc : await this.files.readDocument(id)
    const text = known && known.open.doc === doc ? known.open.text : new OffsetMap(doc.text)
    const stored = await this.files.readAnnotations(id, annotator)
    const open = { doc, text, stored, fitting: stored && setAsideMisfits(stored, text) }
    this.keep(key, { open, document, annotations, generation })
    return open
  }

  /**
   * Records a set just written, as `get` would read it back, for a document
   * read through `get`; `generation` is the one the file was written at (a
   * set written in the ids of an older one is read again, brought forward).
   */
  async saved(
    open: OpenDocument,
    written: AnnotationSet,
    fitting: { set: AnnotationSet; setAside: SetAside },
    generation: number,
  ): Promise<void> {
    const key = `${written.annotator}\u0000${written.docId}`
    const known = this.entries.get(key)
    this.entries.delete(key)
    if (!known || known.open.doc !== open.doc || generation !== this.files.generation) return
    const annotations = await identity(this.files.annotationPath(written.docId, written.annotator))
    this.keep(key, {
      ...known,
      open: { ...open, stored: written, fitting },
      annotations,
      generation,
    })
  }

  private keep(key: string, entry: Entry): void {
    this.entries.set(key, entry)
    for (const old of this.entries.keys()) {
      if (this.entries.size <= KEPT) break
      this.entries.delete(old)
    }
  }
}

async function identity(path: string): Promise<Identity> {
  try {
    const s = await stat(path, { bigint: true })
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`
  } catch (err) {
    if (isCode(err, 'ENOENT')) return null
    throw err
  }
}
