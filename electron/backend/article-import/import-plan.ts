/**
 * Planning an import: every file read, every document cleaned, compared with
 * the corpus and with the rest of the batch, and given the id it will have,
 * without writing anything. A preview shows the plan; an import commits it.
 *
 * It runs in passes because later steps need the whole batch: hyphenation
 * decisions count the words of every file, and boilerplate and near-duplicate
 * checks compare each document with all the others.
 */
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
import type { DecodedDocument } from './decoders/types.ts'
import type { Corpus } from '../store/corpus.ts'
import { corpusOverlap } from '../services/overlap-index.ts'
import {
  decodeSources,
  sha256,
  type DecodedSource,
  type ImportSource,
  type OnProgress,
} from './import-sources.ts'

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

/** A decoded file with the documents it will store under the plan's choices. */
export interface PlannedFile extends Omit<DecodedSource, 'documents'> {
  documents: PlannedDocument[]
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

export async function planImport(
  corpus: Corpus,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
  onProgress?: OnProgress,
): Promise<ImportPlan> {
  const decoded = await decodeSources(sources, options, onProgress)
  return planDecoded(corpus, decoded, options, onProgress)
}

/** Plans files decoded before (by decodeSources), which stay as they are. */
export async function planDecoded(
  corpus: Corpus,
  decoded: readonly DecodedSource[],
  options: ImportOptions = {},
  onProgress?: OnProgress,
): Promise<ImportPlan> {
  const overlap = await corpusOverlap(corpus)
  const files = decoded.map((d): PlannedFile => ({
    ...d,
    problems: [...d.problems],
    documents: [],
  }))
  const read = files.map((file, f) => ({ file, docs: decoded[f]?.documents ?? [] }))

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
