import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { Low } from 'lowdb'
import {
  AnnotationSetSchema,
  AnnotatorSchema,
  IdSchema,
  DocumentRecordSchema,
  FORMAT_VERSION,
  ManifestSchema,
  type AnnotationSet,
  type DocumentRecord,
  type LabelSchema,
  type Manifest,
} from '../../shared/model.ts'
import { compareSpans } from '../../shared/ops.ts'
import { FileExistsError, isCode } from './atomic-file.ts'
import { CorpusIndex } from './corpus-index.ts'
import { SpanbenchError } from './errors.ts'
import { ValidatedJsonFile } from './json-file.ts'
import { acquireLock } from './lock.ts'

const MANIFEST = 'spanbench.json'
const LOCK = '.spanbench-lock'
const CORPUS_GITIGNORE = `# Spanbench: machine-local files, never shared\n${LOCK}\n.cache/\n.*.tmp\n`

/**
 * A corpus folder (format 1): the manifest, one file per document, one file
 * per document per annotator. Opening takes the writer lock; without it the
 * corpus is read-only and every write is refused.
 */
export class Corpus {
  /** What the document list shows, cached under .cache/ and checked against the files. */
  readonly index: CorpusIndex = new CorpusIndex(this)

  private constructor(
    readonly dir: string,
    private readonly manifestDb: Low<Manifest>,
    readonly readOnlyReason: string | null,
    private readonly releaseLock: () => void,
  ) {}

  get manifest(): Manifest {
    return this.manifestDb.data
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null
  }

  /** Creates a new empty corpus in `dir` (which may exist but must not hold a corpus). */
  static async create(dir: string, name: string, schema: LabelSchema): Promise<void> {
    const root = resolve(dir)
    await mkdir(join(root, 'documents'), { recursive: true })
    await mkdir(join(root, 'annotations'), { recursive: true })
    const adapter = new ValidatedJsonFile(join(root, MANIFEST), ManifestSchema)
    if (await exists(adapter.path)) {
      throw new SpanbenchError('bad_request', `${adapter.path} exists already: ${root} is a corpus`)
    }
    const now = new Date().toISOString()
    const manifest: Manifest = {
      format: 'spanbench.corpus',
      version: FORMAT_VERSION,
      name,
      createdAt: now,
      updatedAt: now,
      schema,
    }
    await adapter.write(manifest)
    if (!(await exists(join(root, '.gitignore')))) {
      await writeFile(join(root, '.gitignore'), CORPUS_GITIGNORE)
    }
  }

  static async isCorpus(dir: string): Promise<boolean> {
    return exists(join(resolve(dir), MANIFEST))
  }

  /** Opens a corpus; `readOnly` skips the writer lock. */
  static async open(dir: string, options: { readOnly?: boolean } = {}): Promise<Corpus> {
    const root = resolve(dir)
    const adapter = new ValidatedJsonFile(join(root, MANIFEST), ManifestSchema)
    const manifest = await adapter.read()
    if (!manifest) {
      throw new SpanbenchError('not_found', `${root} is not a Spanbench corpus (no ${MANIFEST})`)
    }
    const db = new Low<Manifest>(adapter, manifest)
    db.data = manifest
    if (options.readOnly) return new Corpus(root, db, 'opened read-only', () => undefined)
    const lock = await acquireLock(join(root, LOCK))
    return lock.acquired
      ? new Corpus(root, db, null, lock.release)
      : new Corpus(root, db, lock.reason, () => undefined)
  }

  /** Replaces the manifest atomically (a schema change); the update time is set here. */
  async writeManifest(next: Manifest): Promise<void> {
    this.assertWritable()
    this.manifestDb.data = { ...next, updatedAt: new Date().toISOString() }
    await this.manifestDb.write()
  }

  close(): void {
    this.releaseLock()
  }

  documentPath(id: string): string {
    return join(this.dir, 'documents', `${IdSchema.parse(id)}.json`)
  }

  annotationPath(id: string, annotator: string): string {
    return join(
      this.dir,
      'annotations',
      AnnotatorSchema.parse(annotator),
      `${IdSchema.parse(id)}.json`,
    )
  }

  /** Ids of all documents, in file-name order. */
  async documentIds(): Promise<string[]> {
    const names = await readdir(join(this.dir, 'documents')).catch((err: unknown) => {
      if (isCode(err, 'ENOENT')) return []
      throw err
    })
    return names
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map((n) => n.slice(0, -'.json'.length))
      .sort()
  }

  async hasDocument(id: string): Promise<boolean> {
    return exists(this.documentPath(id))
  }

  async readDocument(id: string): Promise<DocumentRecord> {
    const path = this.documentPath(id)
    return checkDocument(id, path, await new ValidatedJsonFile(path, DocumentRecordSchema).read())
  }

  /** The same as readDocument, blocking: for bulk reads in batches (see forEachBatch). */
  readDocumentSync(id: string): DocumentRecord {
    const path = this.documentPath(id)
    return checkDocument(id, path, new ValidatedJsonFile(path, DocumentRecordSchema).readSync())
  }

  async addDocument(doc: DocumentRecord): Promise<void> {
    this.assertWritable()
    const adapter = new ValidatedJsonFile(this.documentPath(doc.id), DocumentRecordSchema)
    try {
      await adapter.create(doc)
    } catch (err) {
      if (err instanceof FileExistsError)
        throw new SpanbenchError('conflict', `document ${doc.id} exists already`)
      throw err
    }
    this.index.noteDocument(doc)
  }

  /** Sets a document's metadata field (removes it when `value` is ''); the text and id never change. */
  async setDocumentMetadata(id: string, key: string, value: string): Promise<DocumentRecord> {
    this.assertWritable()
    const doc = await this.readDocument(id)
    const metadata = { ...doc.metadata }
    if (value) metadata[key] = value
    else delete metadata[key]
    const next = { ...doc, metadata }
    await new ValidatedJsonFile(this.documentPath(id), DocumentRecordSchema).write(next)
    this.index.noteDocument(next)
    return next
  }

  /** One annotator's set for a document, or null when they have not annotated it. */
  async readAnnotations(id: string, annotator: string): Promise<AnnotationSet | null> {
    return new ValidatedJsonFile(this.annotationPath(id, annotator), AnnotationSetSchema).read()
  }

  /** The same as readAnnotations, blocking: for bulk reads in batches (see forEachBatch). */
  readAnnotationsSync(id: string, annotator: string): AnnotationSet | null {
    return new ValidatedJsonFile(this.annotationPath(id, annotator), AnnotationSetSchema).readSync()
  }

  async writeAnnotations(set: AnnotationSet): Promise<void> {
    this.assertWritable()
    await mkdir(join(this.dir, 'annotations', set.annotator), { recursive: true })
    const db = new Low(
      new ValidatedJsonFile(this.annotationPath(set.docId, set.annotator), AnnotationSetSchema),
      // Spans are stored in one order (start, end, label, id), so diffs stay small.
      { ...set, spans: [...set.spans].sort(compareSpans) },
    )
    await db.write()
    this.index.noteAnnotations(db.data)
  }

  /** Annotators who have a folder in this corpus. */
  async annotators(): Promise<string[]> {
    const entries = await readdir(join(this.dir, 'annotations'), { withFileTypes: true }).catch(
      () => [],
    )
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  }

  private assertWritable(): void {
    if (this.readOnlyReason !== null) {
      throw new SpanbenchError('read_only', `${this.dir} is read-only: ${this.readOnlyReason}`)
    }
  }
}

function checkDocument(id: string, path: string, doc: DocumentRecord | null): DocumentRecord {
  if (!doc) throw new SpanbenchError('not_found', `no document ${id} in ${dirname(dirname(path))}`)
  if (doc.id !== id)
    throw new SpanbenchError('corrupt', `${path}: field id is ${doc.id}, not ${id}`)
  return doc
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (err) {
    if (isCode(err, 'ENOENT')) return false
    throw err
  }
}
