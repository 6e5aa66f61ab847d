/**
 * Planning an import: every file read, every document cleaned, compared with
 * the corpus and with the rest of the batch, and given the id it will have,
 * without writing anything. A preview shows the plan; an import commits it.
 *
 * It runs in passes because later steps need the whole batch: hyphenation
 * decisions count the words of every file, and boilerplate and near-duplicate
 * checks compare each document with all the others.
 */
import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import {
  cleanUpToBoilerplate,
  finishCleaning,
  type PartlyCleaned,
} from '../../../shared/cleanup/clean.ts'
import { leftOutLines } from '../../../shared/cleanup/boilerplate.ts'
import { analyseOverlap } from '../../../shared/cleanup/overlap.ts'
import { combineIndexes, TextIndex } from '../../../shared/cleanup/text-index.ts'
import {
  STEP_DEFAULTS,
  STEP_IDS,
  type CleanupSettings,
  type Decision,
  type StepId,
} from '../../../shared/cleanup/types.ts'
import type {
  ImportOptions,
  NearDuplicateAction,
  NearDuplicateView,
} from '../../../shared/contract/import-api.ts'
import { canonicalText, titleFromText } from '../../../shared/text/text.ts'
import { IMPORTABLE_EXTENSIONS, DECODERS } from './decoders/decode-file.ts'
import { isProblem, type DecodedDocument, type DecodedFile } from './decoders/types.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { corpusOverlap } from '../services/overlap-index.ts'

/** Files larger than this are refused unless the options say otherwise. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** A file to import: from the UI (bytes in memory) or the CLI (a path, read when needed). */
export interface ImportSource {
  name: string
  /** Known without reading (a file on disk), so an oversize file is refused unread. */
  size?: number
  /** Absolute path, when the file is on disk. */
  path?: string
  read(): Promise<Uint8Array>
}

export interface ImportProgress {
  phase: 'reading' | 'cleaning' | 'writing'
  done: number
  total: number
  file?: string
}
export type OnProgress = (progress: ImportProgress) => void

export interface PlannedDocument {
  key: string
  part?: string
  title: string
  url?: string
  metadata: Record<string, string>
  text: string
  steps: Record<StepId, boolean>
  decisions: Decision[]
  /** Lines left out as boilerplate, in full. */
  leftOut: string[]
  docId: string
  sha256: string
  nearDuplicates: NearDuplicateView[]
  nearDuplicateAction: NearDuplicateAction
  duplicateOf?: string
  skip: boolean
}

export interface PlannedFile {
  source: ImportSource
  name: string
  baseName: string
  ext: string
  size: number
  bytesSha256?: string
  /**
   * The bytes as planned, kept for the commit so a file is read and hashed
   * once per import; left out past KEPT_BYTES (the commit then reads the file
   * again and checks it against bytesSha256).
   */
  bytes?: Uint8Array
  decoded?: Omit<DecodedFile, 'documents'>
  error?: string
  documents: PlannedDocument[]
  problems: { part: string; message: string }[]
}

export interface ImportPlan {
  files: PlannedFile[]
}

/** A document between cleaning and finishing. */
interface Draft {
  file: PlannedFile
  doc: DecodedDocument
  key: string
  settings: CleanupSettings
  partly: PartlyCleaned
  indexKey: string
  skip: boolean
  planned?: PlannedDocument
}

/** How many bytes of the files a plan keeps for its commit; the rest are read again. */
export const KEPT_BYTES = 256 * 1024 * 1024

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export async function planImport(
  corpus: Corpus,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
  onProgress?: OnProgress,
): Promise<ImportPlan> {
  const overlap = await corpusOverlap(corpus)
  const files: PlannedFile[] = []
  const read: { file: PlannedFile; docs: DecodedDocument[] }[] = []
  let kept = 0
  for (const [i, source] of sources.entries()) {
    onProgress?.({ phase: 'reading', done: i, total: sources.length, file: source.name })
    const { file, docs } = await decodeSource(source, options)
    if (file.bytes && (kept += file.bytes.length) > KEPT_BYTES) delete file.bytes
    files.push(file)
    read.push({ file, docs })
  }
  onProgress?.({ phase: 'reading', done: sources.length, total: sources.length })

  // Pass 1: the batch's own words join the corpus's for hyphenation decisions.
  const vocabulary = overlap.vocabulary.layer()
  const texts = read.map(({ docs }) => docs.map((d) => canonicalText(d.text)))
  for (const list of texts) for (const text of list) vocabulary.addText(text)

  // Pass 2: clean each document up to the boilerplate step, and index it.
  const batch = new TextIndex()
  const drafts: Draft[] = []
  const keys = new Set<string>()
  read.forEach(({ file, docs }, f) => {
    docs.forEach((doc, d) => {
      const raw = texts[f]?.[d] ?? ''
      if (raw.trim().length === 0) {
        const message = `${file.name}${doc.part ? ` ${doc.part}` : ''}: holds no text`
        if (doc.part) file.problems.push({ part: doc.part, message })
        else file.error = message
        return
      }
      const key = uniqueKey(doc.part ? `${file.name}#${doc.part}` : file.name, keys)
      const choice = options.documents?.[key] ?? {}
      const settings: CleanupSettings = {
        steps: { ...options.steps, ...choice.steps },
        decisions: choice.decisions ?? {},
      }
      const partly = cleanUpToBoilerplate(raw, settings, vocabulary)
      const indexKey = `batch:${drafts.length}`
      const title = doc.title ?? titleFromText(partly.cleaning.text, file.baseName)
      batch.add(indexKey, title, partly.lines)
      drafts.push({ file, doc, key, settings, partly, indexKey, skip: choice.skip === true })
    })
  })

  // Pass 3: compare with the corpus and the batch, finish cleaning, name the result.
  const byIndexKey = new Map(drafts.map((d, i) => [d.indexKey, i]))
  const seen = new Map<string, string>()
  const corpusAndBatch = combineIndexes(overlap.index, batch)
  drafts.forEach((draft, i) => {
    onProgress?.({ phase: 'cleaning', done: i, total: drafts.length, file: draft.file.name })
    const found = analyseOverlap(draft.partly.lines, corpusAndBatch, {
      self: draft.indexKey,
      mayDuplicate: (key) => {
        const at = byIndexKey.get(key)
        return at === undefined || (at < i && !drafts[at]?.skip)
      },
    })
    const { text, decisions } = finishCleaning(draft.partly, found, draft.settings)
    const hash = sha256(text)
    const docId = hash.slice(0, 16)
    const nearDuplicates = found.nearDuplicates.flatMap((n): NearDuplicateView[] => {
      const at = byIndexKey.get(n.key)
      const other = at === undefined ? undefined : drafts[at]?.planned
      const id = at === undefined ? n.key : other?.docId
      if (id === undefined || id === docId) return []
      return [
        {
          docId: id,
          ...(other ? { key: other.key } : {}),
          title: n.title,
          similarity: n.similarity,
        },
      ]
    })
    const duplicateOf = overlap.ids.has(docId) ? docId : seen.get(docId)
    if (!draft.skip && !duplicateOf) seen.set(docId, docId)
    const choice = options.documents?.[draft.key] ?? {}
    const planned: PlannedDocument = {
      key: draft.key,
      ...(draft.doc.part ? { part: draft.doc.part } : {}),
      title: draft.doc.title ?? titleFromText(text, draft.file.baseName),
      ...(draft.doc.url ? { url: draft.doc.url } : {}),
      metadata: draft.doc.metadata,
      text,
      steps: effectiveSteps(draft.settings),
      decisions,
      leftOut: leftOutLines(draft.partly.lines, decisions),
      docId,
      sha256: hash,
      nearDuplicates,
      nearDuplicateAction: choice.nearDuplicate ?? options.nearDuplicate ?? 'link',
      ...(duplicateOf ? { duplicateOf } : {}),
      skip: draft.skip,
    }
    draft.planned = planned
    draft.file.documents.push(planned)
  })
  onProgress?.({ phase: 'cleaning', done: drafts.length, total: drafts.length })
  return { files }
}

/** Reads one file into documents, or records why it cannot be imported. */
async function decodeSource(
  source: ImportSource,
  options: ImportOptions,
): Promise<{ file: PlannedFile; docs: DecodedDocument[] }> {
  const ext = extname(source.name).toLowerCase()
  const file: PlannedFile = {
    source,
    name: source.name,
    baseName: source.name.replace(/^.*[\\/]/, ''),
    ext,
    size: source.size ?? 0,
    documents: [],
    problems: [],
  }
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  try {
    const decode = DECODERS[ext]
    if (!decode) {
      throw new SpanbenchError(
        'bad_request',
        `${source.name}: cannot import ${ext || 'files without an extension'} (supported: ${IMPORTABLE_EXTENSIONS.join(', ')})`,
      )
    }
    if (source.size !== undefined && source.size > maxBytes)
      throw tooLarge(source.name, source.size, maxBytes)
    const bytes = await source.read()
    file.size = bytes.length
    if (bytes.length > maxBytes) throw tooLarge(source.name, bytes.length, maxBytes)
    if (bytes.length === 0)
      throw new SpanbenchError('bad_request', `${source.name}: the file is empty`)
    file.bytesSha256 = sha256(bytes)
    file.bytes = bytes
    const result = await decode(source.name, bytes, {
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.fields ? { fields: options.fields } : {}),
    })
    const { documents, ...about } = result
    file.decoded = about
    const docs: DecodedDocument[] = []
    for (const d of documents) {
      if (isProblem(d)) file.problems.push(d)
      else docs.push(d)
    }
    return { file, docs }
  } catch (err) {
    if (err instanceof SpanbenchError && err.code === 'read_only') throw err
    file.error =
      err instanceof SpanbenchError
        ? err.message
        : `${source.name}: could not be read (${err instanceof Error ? err.message : String(err)})`
    return { file, docs: [] }
  }
}

function tooLarge(name: string, size: number, max: number): SpanbenchError {
  return new SpanbenchError('bad_request', `${name}: ${size} bytes is over the ${max}-byte limit`)
}

function uniqueKey(key: string, keys: Set<string>): string {
  let unique = key
  for (let n = 2; keys.has(unique); n++) unique = `${key} (${n})`
  keys.add(unique)
  return unique
}

function effectiveSteps(settings: CleanupSettings): Record<StepId, boolean> {
  return Object.fromEntries(
    STEP_IDS.map((s) => [s, settings.steps[s] ?? STEP_DEFAULTS[s]]),
  ) as Record<StepId, boolean>
}
