/**
 * Import, one code path for the UI (files as bytes over the API) and the CLI
 * (files on disk): plan (read, clean, compare), then preview or commit. The
 * import dialog stages its files once and then previews and commits by stage
 * id (import-stages.ts); `import.files` and the CLI plan and commit at once.
 */
import { lostCharactersWarning } from '../../../shared/text/lost-characters.ts'
import { STEP_IDS } from '../../../shared/cleanup/types.ts'
import type { z } from 'zod'
import type {
  ImportFileSchema,
  ImportOptions,
  ImportPreview,
  ImportResult,
  StagedImport,
} from '../../../shared/contract/import-api.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { TaskQueue } from '../store/task-queue.ts'
import type { HandlerSlice } from '../services/handlers.ts'
import { commitImport, type CommitOptions } from './import-commit.ts'
import { planDecoded, planImport, type ImportPlan } from './import-plan.ts'
import {
  decodeOptions,
  decodeSources,
  type ImportSource,
  type OnProgress,
} from './import-sources.ts'
import { ImportStages, type Stage } from './import-stages.ts'

export { IMPORTABLE_EXTENSIONS } from './decoders/decode-file.ts'

/** Every cleanup step off: the text as the file holds it (line ends and NFC aside). */
export const RAW_IMPORT: ImportOptions = {
  steps: Object.fromEntries(STEP_IDS.map((s) => [s, false])),
}

/** A file as bytes in memory. */
export interface ImportFile {
  name: string
  bytes: Uint8Array
}

export function memorySource(file: ImportFile): ImportSource {
  return { name: file.name, size: file.bytes.length, read: () => Promise.resolve(file.bytes) }
}

/** Imports files with the given options (cleanup on by default); a bad file is reported and the rest go on. */
export async function importFiles(
  corpus: Corpus,
  files: readonly ImportFile[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  return importSources(corpus, files.map(memorySource), options)
}

export async function importSources(
  corpus: Corpus,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
  commit: CommitOptions = {},
): Promise<ImportResult[]> {
  const plan = await planImport(corpus, sources, options, commit.onProgress)
  return commits.run(corpus.dir, () => commitImport(corpus, plan, commit))
}

/**
 * Imports into one corpus store one after another: the corpus's "add unless
 * present" is a check then a write, so two imports of the same text at once
 * could both store it. Planning, the slow part, still runs side by side.
 */
const commits = new TaskQueue()

/** What an import with these options would store, and why; nothing is written. */
export async function previewImport(
  corpus: Corpus,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
  onProgress?: OnProgress,
): Promise<ImportPreview> {
  return toPreview(await planImport(corpus, sources, options, onProgress))
}

/** The import dialog's staged imports, for every corpus this process opens. */
const STAGES = new ImportStages()

/** Decodes the files once and keeps them under a stage id; the first preview comes with it. */
export async function stageImport(
  corpus: Corpus,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
  stages: ImportStages = STAGES,
): Promise<StagedImport> {
  const decoded = await decodeSources(sources, options)
  const stage = stages.add(corpus.dir, decodeKey(options), decoded)
  return { stage, preview: await previewStaged(corpus, stage, options, stages) }
}

/** What committing the staged files with these options would store. */
export async function previewStaged(
  corpus: Corpus,
  id: string,
  options: ImportOptions = {},
  stages: ImportStages = STAGES,
): Promise<ImportPreview> {
  return toPreview(await stagedPlan(corpus, stages.get(id, corpus.dir), options))
}

/**
 * Stores the staged files at `files` (indexes in the order staged; all when
 * absent) as planned with these options. Each file is stored once; the stage
 * is forgotten when every file is.
 */
export async function commitStaged(
  corpus: Corpus,
  id: string,
  options: ImportOptions = {},
  files?: readonly number[],
  stages: ImportStages = STAGES,
): Promise<ImportResult[]> {
  const stage = stages.get(id, corpus.dir)
  const plan = await stagedPlan(corpus, stage, options)
  const indexes = files ?? plan.files.map((_, i) => i)
  const chosen = indexes.map((i) => {
    const file = plan.files[i]
    if (!file)
      throw new SpanbenchError('bad_request', `file ${i}: the import holds ${plan.files.length}`)
    if (stage.committed.has(i))
      throw new SpanbenchError('conflict', `${file.name}: stored from this import already`)
    return file
  })
  for (const i of indexes) stage.committed.add(i)
  try {
    return await commits.run(corpus.dir, () => commitImport(corpus, { files: chosen }))
  } catch (err) {
    for (const i of indexes) stage.committed.delete(i)
    throw err
  } finally {
    if (stage.committed.size === plan.files.length) stages.drop(id)
  }
}

/** The stage's plan for these options: the last one when they are the same, else planned anew. */
async function stagedPlan(
  corpus: Corpus,
  stage: Stage,
  options: ImportOptions,
): Promise<ImportPlan> {
  const optionsKey = JSON.stringify(options)
  if (stage.plan?.optionsKey === optionsKey) return stage.plan.plan
  const key = decodeKey(options)
  if (key !== stage.decodeKey) {
    // A new encoding or field choice decodes the staged bytes again (they are in memory).
    stage.decoded = await decodeSources(
      stage.decoded.map((d) => d.source),
      options,
    )
    stage.decodeKey = key
  }
  const plan = await planDecoded(corpus, stage.decoded, options)
  stage.plan = { optionsKey, plan }
  return plan
}

function decodeKey(options: ImportOptions): string {
  return JSON.stringify([decodeOptions(options), options.maxBytes ?? null])
}

function warningOf(where: string, text: string): { warning?: string } {
  const warning = lostCharactersWarning(where, text)
  return warning ? { warning } : {}
}

export function toPreview(plan: ImportPlan): ImportPreview {
  return {
    files: plan.files.map((f) => ({
      file: f.name,
      size: f.size,
      ...(f.decoded ? { format: f.decoded.format, note: f.decoded.note } : {}),
      ...(f.decoded?.encoding ? { encoding: f.decoded.encoding } : {}),
      ...(f.error ? { error: f.error } : {}),
      problems: f.problems,
      documents: f.documents.map((d) => ({
        key: d.key,
        file: f.name,
        ...(d.part ? { part: d.part } : {}),
        docId: d.docId,
        title: d.title,
        ...(d.url ? { url: d.url } : {}),
        metadata: d.metadata,
        text: d.text,
        steps: d.steps,
        decisions: d.decisions,
        nearDuplicates: d.nearDuplicates,
        ...(d.duplicateOf ? { duplicateOf: d.duplicateOf } : {}),
        skip: d.skip,
        ...warningOf(d.part ? `${f.name} ${d.part}` : f.name, d.text),
      })),
    })),
  }
}

function decode(files: readonly z.output<typeof ImportFileSchema>[]): ImportFile[] {
  return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }))
}

export const importHandlers: HandlerSlice<
  'import.stage' | 'import.preview' | 'import.commit' | 'import.files'
> = {
  'import.stage': ({ files, options }, ctx) =>
    stageImport(ctx.corpus, decode(files).map(memorySource), options),
  'import.preview': ({ stage, options }, ctx) => previewStaged(ctx.corpus, stage, options),
  'import.commit': ({ stage, options, files }, ctx) =>
    commitStaged(ctx.corpus, stage, options, files),
  'import.files': ({ files, options }, ctx) => importFiles(ctx.corpus, decode(files), options),
}
