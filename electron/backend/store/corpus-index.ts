import { join } from 'node:path'
import { z } from 'zod'
import {
  DocumentStatusSchema,
  FORMAT_VERSION,
  type AnnotationSet,
  type DocumentRecord,
  type DocumentSummary,
} from '../../../shared/contract/model.ts'
import { codePointLength } from '../../../shared/text/offsets.ts'
import {
  readIndexFile,
  writeIndexFile,
  type AnnotationEntry,
  type DocumentEntry,
  type Index,
  type Signature,
} from './corpus-index-file.ts'
import { forEachBatch } from './batches.ts'
import { isDamagedFile } from './damaged.ts'
import { folderSignature, jsonIds, signatureOf, staleFiles } from './file-signatures.ts'
import { ValidatedJsonFile } from './json-file.ts'
import { TaskQueue } from './task-queue.ts'

/**
 * What the list needs from an annotation file. The spans are counted, not
 * validated one by one: the whole file is validated when it is opened, saved
 * or exported, and listing 10,000 files stays fast.
 */
const AnnotationSummarySchema = z.object({
  format: z.literal('spanbench.annotations'),
  version: z.literal(FORMAT_VERSION),
  status: DocumentStatusSchema,
  updatedAt: z.string(),
  schemaGeneration: z.number().optional(),
  spans: z.array(z.unknown()),
})

export type IndexedDocument = DocumentEntry & { id: string }

/** The corpus files the index reads (and never writes). */
export interface CorpusFiles {
  dir: string
  documentPath(id: string): string
  annotationPath(id: string, annotator: string): string
  readDocumentSync(id: string): DocumentRecord
  /** The whole set under the current schema (for a file written before the last schema change). */
  readAnnotationsSync(id: string, annotator: string): AnnotationSet | null
  /** The current migration generation. */
  readonly generation: number
  /** Opened read-only: nothing is written, not even a cache. */
  readonly readOnly: boolean
}

const READ_BATCH = 100

/**
 * A machine-local cache of what the document list shows, in
 * .cache/corpus-index.json (git-ignored), so a corpus opens without reading
 * every file. Each entry keeps the mtime and size of the file it was read
 * from; a listing stats every file and reads again only those that changed
 * (a git pull, another program), so the files stay the only source of truth.
 * A read-only corpus reads the cache but never writes it.
 *
 * The first listing after opening is answered from the cache alone when the
 * folders it covers are as they were at their last check (no file added,
 * removed or replaced by rename: how Spanbench, git and sync tools write),
 * and the files are checked right after it, in the background. A file that
 * was nonetheless changed in place is then read, and `corrections` goes up,
 * which the change tokens carry to the page so it lists again.
 */
export class CorpusIndex {
  private data: Index | null = null
  /** The documents in list order, until one is added, changed or removed. */
  private order: IndexedDocument[] | null = null
  private dirty = false
  /** Goes up whenever a check finds a file added, changed or removed. */
  private changes = 0
  /** When the document files were last checked (performance.now()). */
  private checkedAt = Number.NEGATIVE_INFINITY
  /** Listings and checks run one at a time: each reads and updates `data`. */
  private readonly queue = new TaskQueue()
  /**
   * Files that could not be read (corrupt, or from a newer Spanbench), by
   * document and then by annotator ('' for the document file): the list
   * still shows every document, and says which one has a problem.
   */
  private readonly problems = new Map<string, Map<string, string>>()
  /** Folders (relative paths) whose files were all checked since the cache was read. */
  private readonly verified = new Set<string>()
  /** The check that follows a listing answered from the cache, while it runs. */
  private pendingCheck: Promise<void> | null = null
  private closed = false
  private corrected = 0

  constructor(private readonly files: CorpusFiles) {}

  get cachePath(): string {
    return join(this.files.dir, '.cache', 'corpus-index.json')
  }

  /**
   * Every document in list order (import time, file name, id), checked
   * against its file, or, with `recheckAfterMs`, as checked within that time
   * (a search as you type need not stat every file at every key).
   */
  documents(options: { recheckAfterMs?: number } = {}): Promise<IndexedDocument[]> {
    return this.serially(async () => {
      const fresh = performance.now() - this.checkedAt < (options.recheckAfterMs ?? 0)
      if (fresh && this.data && this.order) return this.order
      const data = await this.refreshDocuments()
      await this.persist()
      return this.ordered(data)
    })
  }

  /**
   * The document list for `annotator`, checked against the files, or, the
   * first time, from the cache with the check to follow (see the class).
   */
  summaries(annotator: string): Promise<DocumentSummary[]> {
    return this.serially(async () => {
      let data = await this.load()
      let sets: Map<string, AnnotationEntry>
      if (this.unchangedSinceCached(data, annotator)) {
        sets = this.setsOf(data, annotator)
        this.checkLater(annotator)
      } else {
        data = await this.refreshDocuments()
        sets = await this.refreshAnnotations(data, annotator)
        await this.persist()
      }
      const listed: DocumentSummary[] = this.ordered(data).map((doc) => {
        const set = sets.get(doc.id)
        const problem = this.problems.get(doc.id)?.get(annotator)
        return {
          id: doc.id,
          title: doc.title,
          length: doc.length,
          spanCount: set?.spanCount ?? 0,
          status: set?.status ?? 'new',
          updatedAt: set ? set.updatedAt : null,
          ...(problem ? { problem } : {}),
        }
      })
      for (const [id, byFile] of this.problems) {
        const problem = byFile.get('')
        if (problem)
          listed.push({
            id,
            title: id,
            length: 0,
            spanCount: 0,
            status: 'new',
            updatedAt: null,
            problem,
          })
      }
      return listed
    })
  }

  /** How many background checks found the cache's answer out of date. */
  get corrections(): number {
    return this.corrected
  }

  /** Resolves when the check that follows a listing from the cache has run. */
  async checked(): Promise<void> {
    await this.pendingCheck
  }

  /** Stops any check still to run: the corpus was closed. */
  close(): void {
    this.closed = true
  }

  /** Records a document just written, so the next listing need not read it. */
  noteDocument(doc: DocumentRecord): void {
    if (!this.data) return
    const signature = signatureOf(this.files.documentPath(doc.id))
    if (signature) this.data.documents.set(doc.id, documentEntry(doc, signature))
    this.noteFolder(this.data, DOCUMENTS)
    this.order = null
  }

  /** Records an annotation set just written, so the next listing need not read it. */
  noteAnnotations(set: AnnotationSet): void {
    if (!this.data) return
    const signature = signatureOf(this.files.annotationPath(set.docId, set.annotator))
    if (signature)
      this.setsOf(this.data, set.annotator).set(
        set.docId,
        annotationEntry(set, signature, this.files.generation),
      )
    this.noteFolder(this.data, annotationsFolder(set.annotator))
  }

  /**
   * After a write of ours into a checked folder, the folder's new signature
   * is ours: the next start may list it from the cache (and checks it then).
   */
  private noteFolder(data: Index, folder: string): void {
    this.dirty = true
    if (!this.verified.has(folder)) return
    data.folders.set(folder, folderSignature(join(this.files.dir, folder)))
  }

  /** True when neither folder of the listing was checked yet and both are as they were cached. */
  private unchangedSinceCached(data: Index, annotator: string): boolean {
    return [DOCUMENTS, annotationsFolder(annotator)].every((folder) => {
      const cached = data.folders.get(folder)
      if (this.verified.has(folder) || !cached) return false
      const now = folderSignature(join(this.files.dir, folder))
      return cached[0] === now[0] && cached[1] === now[1]
    })
  }

  /** Checks the files of a listing answered from the cache, after it. */
  private checkLater(annotator: string): void {
    const before = this.changes
    this.pendingCheck = this.serially(async () => {
      if (this.closed) return
      const data = await this.refreshDocuments()
      await this.refreshAnnotations(data, annotator)
      await this.persist()
      if (this.changes !== before) this.corrected += 1
    }).finally(() => {
      this.pendingCheck = null
    })
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run('', task)
  }

  private setsOf(data: Index, annotator: string): Map<string, AnnotationEntry> {
    let sets = data.annotations.get(annotator)
    if (!sets) data.annotations.set(annotator, (sets = new Map<string, AnnotationEntry>()))
    return sets
  }

  private async load(): Promise<Index> {
    this.data ??= await readIndexFile(this.cachePath)
    return this.data
  }

  private async refreshDocuments(): Promise<Index> {
    const data = await this.load()
    const dir = join(this.files.dir, DOCUMENTS)
    const folder = folderSignature(dir)
    const ids = jsonIds(dir)
    // Paths from the folder's own listing: no need to check each id (the read does).
    const stale = await staleFiles(ids, (id) => join(dir, `${id}.json`), data.documents)
    if (this.forgetMissing(data.documents, ids)) this.order = null
    for (const [id, byFile] of this.problems) if (!ids.includes(id)) byFile.delete('')
    await forEachBatch(stale, READ_BATCH, ({ id, signature }) => {
      const doc = this.readable(id, '', () => this.files.readDocumentSync(id))
      if (doc) data.documents.set(id, documentEntry(doc, signature))
      else data.documents.delete(id)
    })
    if (stale.length) {
      this.changes += 1
      this.dirty = true
      this.order = null
    }
    this.checkedAt = performance.now()
    this.checkedFolder(data, DOCUMENTS, folder)
    return data
  }

  /** Records that `folder`, as `signature` showed it before its files were listed, was checked. */
  private checkedFolder(data: Index, folder: string, signature: Signature): void {
    this.verified.add(folder)
    const cached = data.folders.get(folder)
    if (!cached || cached[0] !== signature[0] || cached[1] !== signature[1]) {
      data.folders.set(folder, signature)
      this.dirty = true
    }
  }

  private async refreshAnnotations(
    data: Index,
    annotator: string,
  ): Promise<Map<string, AnnotationEntry>> {
    const sets = this.setsOf(data, annotator)
    const generation = this.files.generation
    for (const [id, entry] of sets) if (entry.generation !== generation) sets.delete(id)
    const dir = join(this.files.dir, annotationsFolder(annotator))
    const folder = folderSignature(dir)
    const ids = jsonIds(dir).filter((id) => data.documents.has(id))
    const stale = await staleFiles(ids, (id) => join(dir, `${id}.json`), sets)
    this.forgetMissing(sets, ids)
    const present = new Set(ids)
    for (const [id, byFile] of this.problems) if (!present.has(id)) byFile.delete(annotator)
    await forEachBatch(stale, READ_BATCH, ({ id, signature }) => {
      const path = this.files.annotationPath(id, annotator)
      const set = this.readable(id, annotator, () => {
        const summary = new ValidatedJsonFile(path, AnnotationSummarySchema).readSync()
        // Written before a schema change that may remove spans: counted under the current schema.
        return summary && (summary.schemaGeneration ?? 0) < generation
          ? this.files.readAnnotationsSync(id, annotator)
          : summary
      })
      if (set) sets.set(id, annotationEntry(set, signature, generation))
      else sets.delete(id)
    })
    if (stale.length) {
      this.changes += 1
      this.dirty = true
    }
    this.checkedFolder(data, annotationsFolder(annotator), folder)
    return sets
  }

  /** Reads one file; a corrupt or too-new one becomes a listed problem instead of failing the list. */
  private readable<T>(id: string, annotator: string, read: () => T | null): T | null {
    let byFile = this.problems.get(id)
    try {
      const value = read()
      byFile?.delete(annotator)
      return value
    } catch (err) {
      if (!isDamagedFile(err)) throw err
      if (!byFile) this.problems.set(id, (byFile = new Map<string, string>()))
      byFile.set(annotator, err.message)
      return null
    }
  }

  /** Drops entries whose file is gone; true when there were any. */
  private forgetMissing(entries: Map<string, unknown>, present: readonly string[]): boolean {
    const ids = new Set(present)
    let removed = false
    for (const id of entries.keys()) {
      if (!ids.has(id)) {
        entries.delete(id)
        removed = true
      }
    }
    if (removed) {
      this.changes += 1
      this.dirty = true
    }
    return removed
  }

  private ordered(data: Index): IndexedDocument[] {
    // By import time, file name and id; the cache is written in this order,
    // so at start the sort only confirms it (linear, no keys built).
    this.order ??= [...data.documents]
      .map(([id, entry]) => ({ ...entry, id }))
      .sort(
        (a, b) =>
          compare(a.importedAt, b.importedAt) ||
          compare(a.fileName, b.fileName) ||
          compare(a.id, b.id),
      )
    return this.order
  }

  private async persist(): Promise<void> {
    if (!this.dirty || !this.data || this.files.readOnly || this.closed) return
    this.dirty = false
    try {
      // In list order, so the next start sorts an already sorted list (linear time).
      await writeIndexFile(
        this.cachePath,
        this.data,
        this.ordered(this.data).map((d) => d.id),
      )
    } catch {
      // A read-only folder keeps no cache; listing still works, only slower.
    }
  }
}

function documentEntry(doc: DocumentRecord, signature: Signature): DocumentEntry {
  return {
    signature,
    title: doc.title,
    length: codePointLength(doc.text),
    importedAt: doc.source.importedAt,
    fileName: doc.source.fileName,
  }
}

function annotationEntry(
  set:
    Pick<AnnotationSet, 'spans' | 'status' | 'updatedAt'> | z.infer<typeof AnnotationSummarySchema>,
  signature: Signature,
  generation: number,
): AnnotationEntry {
  const { status, updatedAt } = set
  return { signature, generation, spanCount: set.spans.length, status, updatedAt }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const DOCUMENTS = 'documents'
const annotationsFolder = (annotator: string): string => `annotations/${annotator}`
