/**
 * `spanbench import --format NAME PATH...`: a dataset (not articles) into a
 * corpus. A folder is searched for the format's files (brat: .txt, .ann and
 * the .conf files, named by their path inside the folder). A corpus that does
 * not exist yet is created with the schema the dataset declares (brat's
 * annotation.conf) or the default one; either grows to fit what came in.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join, relative, resolve } from 'node:path'
import {
  ImportFormatSchema,
  PARSER_EXTENSIONS,
  type ImportFormat,
} from '../../shared/datasets/readers.ts'
import { at, type DatasetFileIn, type DatasetProblem } from '../../shared/datasets/reader.ts'
import type { CliIo } from './context.ts'
import type { OffsetUnit } from '../../shared/datasets/writer.ts'
import { defaultSchema } from '../backend/assets.ts'
import { openWorkspace } from '../backend/open-corpus.ts'
import {
  prepareImport,
  readDataset,
  storeImport,
  type DatasetImportOptions,
} from '../backend/datasets/dataset-import.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'

export const DATASET_IMPORT_HELP = `
Datasets (annotations, not articles):
  spanbench import --corpus DIR --format NAME PATH...
  --format jsonl|brat|labelstudio|doccano|spacy   read a dataset: documents
                        with their spans, relations, attributes and notes.
                        brat reads a folder of .txt/.ann (and annotation.conf);
                        doccano offsets are UTF-16 unless --offsets codepoint.
                        The annotator is the one the dataset names, else
                        --annotator. Whatever cannot be represented is
                        reported by file, line and document on stderr, then
                        a count; exits 1 when something was left out, 0
                        when everything came in (warnings or not).`

async function collect(
  path: string,
  format: ImportFormat,
): Promise<{ path: string; name: string }[]> {
  const info = await stat(path).catch(() => null)
  if (!info) throw new SpanbenchError('not_found', `${path}: no such file or folder`)
  if (!info.isDirectory()) return [{ path, name: basename(path) }]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        !e.name.startsWith('.') &&
        PARSER_EXTENSIONS[format].includes(extname(e.name).toLowerCase()),
    )
    .map((e) => {
      const full = join(e.parentPath, e.name)
      return { path: full, name: relative(path, full).split('\\').join('/') }
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
}

async function readText(path: string, name: string, format: ImportFormat): Promise<DatasetFileIn> {
  const bytes = await readFile(path)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new SpanbenchError('bad_request', `${path}: not valid UTF-8 (datasets are read as UTF-8)`)
  }
  // JSON has no byte order mark; brat's .txt keeps one, since brat counts it in its offsets.
  if (format !== 'brat' && text.startsWith('\ufeff')) text = text.slice(1)
  return { name, text }
}

/**
 * Writes each problem to stderr (a warning says so) and ends with the count;
 * returns the count in words, or '' when there is none.
 */
export function writeProblems(
  problems: readonly DatasetProblem[],
  stderr: CliIo['stderr'],
): string {
  for (const p of problems)
    stderr.write(
      `${at(p)}: ${p.warning ? 'warning: ' : ''}${p.docId ? `document ${p.docId}: ` : ''}${p.message}\n`,
    )
  const warnings = problems.filter((p) => p.warning).length
  const left = problems.length - warnings
  const tally = [
    ...(left ? [`${left} ${left === 1 ? 'thing' : 'things'} left out`] : []),
    ...(warnings ? [`${warnings} warning${warnings === 1 ? '' : 's'}`] : []),
  ].join(', ')
  if (tally) stderr.write(`${tally}\n`)
  return tally
}

export async function runDatasetImport(
  dir: string,
  paths: readonly string[],
  annotator: string,
  flags: { format?: string; offsets?: string },
  io: CliIo,
): Promise<number> {
  const format = ImportFormatSchema.safeParse(flags.format)
  if (!format.success)
    throw new SpanbenchError(
      'bad_request',
      `--format ${flags.format}: datasets are read from ${ImportFormatSchema.options.join(', ')}`,
    )
  if (paths.length === 0)
    throw new SpanbenchError('bad_request', 'import needs the dataset’s files or folder')
  const offsetUnit: OffsetUnit | undefined =
    flags.offsets === 'utf16' || flags.offsets === 'codepoint' ? flags.offsets : undefined
  if (flags.offsets !== undefined && !offsetUnit)
    throw new SpanbenchError('bad_request', `--offsets ${flags.offsets}: utf16 or codepoint`)
  const options: DatasetImportOptions = {
    format: format.data,
    annotator,
    ...(offsetUnit ? { offsetUnit } : {}),
  }
  const found = (await Promise.all(paths.map((p) => collect(resolve(p), format.data)))).flat()
  if (found.length === 0)
    throw new SpanbenchError('bad_request', `no ${format.data} files in ${paths.join(', ')}`)
  const files = await Promise.all(found.map((f) => readText(f.path, f.name, format.data)))
  const isNew = !(await Corpus.isCorpus(dir))
  const base = isNew
    ? await defaultSchema()
    : (await Corpus.open(dir, { readOnly: true })).manifest.schema
  const read = readDataset(files, options, base)
  const prepared = prepareImport(read, isNew && read.schema ? read.schema : base)
  if (isNew) {
    const name = basename(resolve(dir)) || 'Corpus'
    await Corpus.create(dir, name, prepared.schema)
  }
  const ctx = await openWorkspace(dir, { annotator, home: io.home })
  try {
    if (ctx.corpus.readOnly)
      throw new SpanbenchError(
        'read_only',
        `${ctx.corpus.dir} is read-only: ${ctx.corpus.readOnlyReason ?? ''}`,
      )
    if (!isNew && prepared.added.length)
      await ctx.corpus.writeManifest({ ...ctx.corpus.manifest, schema: prepared.schema })
    const result = await storeImport(ctx.corpus, prepared.documents, options, prepared.problems)
    const tally = writeProblems(prepared.problems, io.stderr)
    if (prepared.added.length && !isNew)
      io.stdout.write(`the corpus schema gained: ${prepared.added.join('; ')}\n`)
    io.stdout.write(
      `read ${result.read} documents (${result.created} new): ${result.spans} spans and ${result.relations} relations in ${result.sets} annotation sets into ${ctx.corpus.dir}` +
        `${tally ? `; ${tally} (listed on stderr)` : ''}\n`,
    )
    return prepared.problems.some((p) => !p.warning) ? 1 : 0
  } finally {
    ctx.corpus.close()
  }
}
