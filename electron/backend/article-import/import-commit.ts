/**
 * Committing a planned import: for each document, its file's original bytes
 * (once per file) and then the document itself. A document either lands whole
 * or not at all: if storing it fails, an original written only for it is taken
 * back, and the batch goes on with the next one.
 */
import { lostCharactersWarning } from '../../../shared/text/lost-characters.ts'
import { FORMAT_VERSION, type DocumentRecord } from '../../../shared/contract/model.ts'
import type { ImportResult } from '../../../shared/contract/import-api.ts'
import type { Decision, StepId } from '../../../shared/cleanup/types.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import type { ImportPlan, PlannedDocument, PlannedFile } from './import-plan.ts'
import { sha256, type OnProgress } from './import-sources.ts'
import { dropOriginal, keepOriginal, originalPath } from './originals.ts'
import { noteDocument } from '../services/overlap-index.ts'

export interface CommitOptions {
  /** Copy each original into the corpus (default), or record the path of a file on disk. */
  originals?: 'copy' | 'reference'
  onProgress?: OnProgress
}

/** Files are stored a few at a time: each store waits on fsync, and those waits overlap well. */
const PARALLEL_FILES = 8

export async function commitImport(
  corpus: Corpus,
  plan: ImportPlan,
  options: CommitOptions = {},
): Promise<ImportResult[]> {
  // Before any original is stored: a read-only corpus takes nothing, and says why.
  corpus.assertWritable()
  const importedAt = new Date().toISOString()
  const total = plan.files.reduce((n, f) => n + f.documents.length, 0)
  const order = new FirstStores(plan)
  const perFile: ImportResult[][] = []
  let done = 0
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < plan.files.length; i = next++) {
      const file = plan.files[i] as PlannedFile
      const out: ImportResult[] = []
      if (file.error) out.push({ file: file.name, status: 'error', message: file.error })
      for (const p of file.problems) {
        out.push({ file: file.name, part: p.part, status: 'error', message: p.message })
      }
      // The documents of one file go in order: they share its original.
      const original = new OriginalKeeper(corpus, file, options.originals ?? 'copy')
      for (const doc of file.documents) {
        await order.before(doc)
        try {
          out.push(await commitDocument(corpus, file, doc, original, importedAt))
        } finally {
          order.after(doc)
        }
        options.onProgress?.({ phase: 'writing', done: ++done, total, file: file.name })
      }
      perFile[i] = out
    }
  }
  options.onProgress?.({ phase: 'writing', done: 0, total })
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, plan.files.length) }, worker))
  return perFile.flat()
}

/**
 * With files stored in parallel, a document that repeats an earlier one of the
 * batch, or is linked to it as a near-duplicate, waits until that one is
 * stored (or has failed), so the check "is it in the corpus?" sees it.
 */
class FirstStores {
  private readonly first = new Map<
    string,
    { doc: PlannedDocument; done: Promise<void>; resolve: () => void }
  >()

  constructor(plan: ImportPlan) {
    for (const file of plan.files) {
      for (const doc of file.documents) {
        if (this.first.has(doc.docId)) continue
        let resolve = (): void => undefined
        const done = new Promise<void>((r) => (resolve = r))
        this.first.set(doc.docId, { doc, done, resolve })
      }
    }
  }

  async before(doc: PlannedDocument): Promise<void> {
    const waits = [doc.docId, doc.nearDuplicates[0]?.docId].flatMap((id) => {
      const entry = id === undefined ? undefined : this.first.get(id)
      return entry && entry.doc !== doc ? [entry.done] : []
    })
    await Promise.all(waits)
  }

  after(doc: PlannedDocument): void {
    const entry = this.first.get(doc.docId)
    if (entry?.doc === doc) entry.resolve()
  }
}

async function commitDocument(
  corpus: Corpus,
  file: PlannedFile,
  doc: PlannedDocument,
  original: OriginalKeeper,
  importedAt: string,
): Promise<ImportResult> {
  const base = { file: file.name, ...(doc.part ? { part: doc.part } : {}), title: doc.title }
  const label = doc.part ? `${file.name} ${doc.part}` : file.name
  if (doc.skip) return { ...base, status: 'skipped', message: `${label}: skipped, as chosen` }
  // Checked now, not at planning: an earlier copy in the batch may have failed or been skipped.
  if (await corpus.hasDocument(doc.docId)) {
    return {
      ...base,
      status: 'duplicate',
      docId: doc.docId,
      message: `${label}: the same text is in the corpus already`,
    }
  }
  const near = doc.nearDuplicates[0]
  const nearView = near ? { ...near, action: doc.nearDuplicateAction } : undefined
  if (near && doc.nearDuplicateAction === 'skip') {
    return {
      ...base,
      status: 'skipped',
      message: `${label}: skipped, a near-duplicate of “${near.title}” (${percent(near.similarity)} similar)`,
      ...(nearView ? { nearDuplicate: nearView } : {}),
    }
  }
  const metadata = { ...doc.metadata }
  if (near && doc.nearDuplicateAction === 'link' && (await corpus.hasDocument(near.docId))) {
    metadata['near_duplicate_of'] = near.docId
    metadata['near_duplicate_similarity'] = String(near.similarity)
  }
  const leftOut = doc.leftOut
  try {
    const kept = await original.keep()
    const record: DocumentRecord = {
      format: 'spanbench.document',
      version: FORMAT_VERSION,
      id: doc.docId,
      title: doc.title,
      source: {
        fileName: file.baseName,
        format: file.decoded?.format ?? file.ext.slice(1),
        importedAt,
        ...(file.decoded?.encoding ? { encoding: file.decoded.encoding } : {}),
        ...(doc.url ? { url: doc.url } : {}),
        ...(file.bytesSha256 ? { bytesSha256: file.bytesSha256 } : {}),
        original: kept,
        ...(doc.part ? { part: doc.part } : {}),
        cleanup: cleanupSummary(doc.decisions),
        ...(leftOut.length > 0 ? { boilerplate: leftOut } : {}),
      },
      metadata,
      sha256: doc.sha256,
      text: doc.text,
    }
    await corpus.addDocument(record)
    original.used()
    await noteDocument(corpus, record)
    const removed = leftOut.length
    const warning = lostCharactersWarning(label, doc.text)
    return {
      ...base,
      status: 'imported',
      docId: doc.docId,
      ...(nearView ? { nearDuplicate: nearView } : {}),
      ...(removed > 0 ? { removed } : {}),
      ...(warning ? { warning } : {}),
    }
  } catch (err) {
    if (err instanceof SpanbenchError && err.code === 'read_only') throw err
    // Another import stored the same text meanwhile: a duplicate, not a failure, and the
    // original (named by its hash) is the one that document points to, so it stays.
    if (
      err instanceof SpanbenchError &&
      err.code === 'conflict' &&
      (await corpus.hasDocument(doc.docId))
    ) {
      return {
        ...base,
        status: 'duplicate',
        docId: doc.docId,
        message: `${label}: the same text is in the corpus already`,
      }
    }
    await original.release()
    const reason = err instanceof Error ? err.message : String(err)
    return { ...base, status: 'error', message: `${label}: not stored (${reason})` }
  }
}

/**
 * A file's original, written when its first document is stored; taken back if
 * that write created it and no document of the file made it in.
 */
class OriginalKeeper {
  private path: string | undefined
  private created = false
  private anyStored = false

  constructor(
    private readonly corpus: Corpus,
    private readonly file: PlannedFile,
    private readonly mode: 'copy' | 'reference',
  ) {}

  async keep(): Promise<string> {
    if (this.path !== undefined) return this.path
    const { source, bytesSha256 } = this.file
    if (this.mode === 'reference' && source.path) {
      this.path = source.path
      return this.path
    }
    // The bytes kept from planning were hashed then; bytes read again must be the same.
    const planned = this.file.bytes
    const bytes = planned ?? (await source.read())
    const hash = planned && bytesSha256 ? bytesSha256 : sha256(bytes)
    if (hash !== bytesSha256) {
      throw new SpanbenchError('conflict', 'the file changed while it was being imported')
    }
    const relative = originalPath(bytesSha256, this.file.ext)
    this.created = await keepOriginal(this.corpus.dir, relative, bytes)
    this.path = relative
    return relative
  }

  used(): void {
    this.anyStored = true
  }

  async release(): Promise<void> {
    if (this.created && !this.anyStored && this.path !== undefined) {
      await dropOriginal(this.corpus.dir, this.path)
      this.path = undefined
      this.created = false
    }
  }
}

/** One line per step that changed something, for the document's source record. */
export function cleanupSummary(decisions: readonly Decision[]): string[] {
  const applied = decisions.filter((d) => d.applied)
  const by = (step: StepId): Decision[] => applied.filter((d) => d.step === step)
  const lines: string[] = []
  const hyphens = by('hyphenation')
  if (hyphens.length > 0) {
    const words = hyphens.slice(0, 8).map((d) => d.after)
    lines.push(
      `hyphenation: ${hyphens.length} word${hyphens.length === 1 ? '' : 's'} split by a line break mended (${words.join(', ')}${hyphens.length > 8 ? ', …' : ''})`,
    )
  }
  const unwrapped = by('unwrap')
  if (unwrapped.length > 0)
    lines.push(
      `unwrap: ${unwrapped.length} hard-wrapped paragraph${unwrapped.length === 1 ? '' : 's'} joined`,
    )
  const spaces = by('spaces')
  if (spaces.length > 0) lines.push(`spaces: ${spaces.map((d) => d.summary).join('; ')}`)
  const footnotes = by('footnotes')
  if (footnotes.length > 0) {
    const markers = footnotes.filter((d) => d.id.startsWith('footnotes:marker:')).length
    const list = footnotes.some((d) => d.id === 'footnotes:references')
    lines.push(
      `footnotes: ${markers} marker${markers === 1 ? '' : 's'} removed${list ? '; reference list removed' : ''}`,
    )
  }
  const boilerplate = by('boilerplate')
  if (boilerplate.length > 0)
    lines.push(
      `boilerplate: ${boilerplate.length} line${boilerplate.length === 1 ? '' : 's'} left out`,
    )
  return lines
}

function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`
}
