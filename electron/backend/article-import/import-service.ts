/**
 * Import, one code path for the UI (files as bytes over the API) and the CLI
 * (files on disk): plan (read, clean, compare), then preview or commit.
 */
import { lostCharactersWarning } from '../../../shared/text/lost-characters.ts'
import { STEP_IDS } from '../../../shared/cleanup/types.ts'
import type { z } from 'zod'
import type {
  ImportFileSchema,
  ImportOptions,
  ImportPreview,
  ImportResult,
} from '../../../shared/contract/import-api.ts'
import type { Corpus } from '../store/corpus.ts'
import { TaskQueue } from '../store/task-queue.ts'
import type { HandlerSlice } from '../services/handlers.ts'
import { commitImport, type CommitOptions } from './import-commit.ts'
import { planImport, type ImportPlan, type ImportSource, type OnProgress } from './import-plan.ts'

export { IMPORTABLE_EXTENSIONS } from './decoders/decode-file.ts'
export { MAX_IMPORT_BYTES, sha256, type ImportSource } from './import-plan.ts'

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

export const importHandlers: HandlerSlice<'import.preview' | 'import.files'> = {
  'import.preview': ({ files, options }, ctx) =>
    previewImport(ctx.corpus, decode(files).map(memorySource), options),
  'import.files': ({ files, options }, ctx) => importFiles(ctx.corpus, decode(files), options),
}
