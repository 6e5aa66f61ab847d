/**
 * `spanbench import`: the same plan and commit as the app's import, with the
 * cleanup choices as flags, a progress line on a terminal, and a report of
 * every file, near-duplicate and problem. `--dry-run` prints the preview.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import type { StepId } from '../../shared/cleanup/types.ts'
import {
  NearDuplicateActionSchema,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
} from '../../shared/contract/import-api.ts'
import { DATASET_IMPORT_HELP, runDatasetImport } from './dataset-import.ts'
import {
  parseCommand,
  requireCorpus,
  resolveAnnotator,
  type CliCommand,
  type CliIo,
} from './context.ts'
import { openWorkspace } from '../backend/open-corpus.ts'
import type { ImportProgress, ImportSource } from '../backend/article-import/import-sources.ts'
import {
  IMPORTABLE_EXTENSIONS,
  importSources,
  previewImport,
} from '../backend/article-import/import-service.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'
import { defaultSchema } from '../backend/assets.ts'

export const IMPORT_HELP = `Usage: spanbench import <files or folders>... --corpus DIR [options]

Imports articles: .txt (any encoding: UTF-8/16 detected, legacy encodings
guessed and named), .html/.htm (the article, by Mozilla Readability; scripts
never run, nothing is fetched), .pdf (the text layer), .docx, and bulk
.jsonl/.csv/.tsv (one document per record). Folders are searched recursively.
The original bytes are kept in the corpus (originals/<sha256>.<ext>).

Cleanup (each step on unless turned off; see docs/import.md):
  --no-hyphenation      keep words split across lines as they are
  --no-unwrap           keep hard line breaks inside paragraphs
  --no-spaces           keep runs of spaces and blank lines
  --strip-footnotes     remove footnote markers and the reference list
  --keep-boilerplate    keep site furniture and paragraphs recurring elsewhere

Options:
  --near-duplicates link|keep|skip   a document mostly repeating another:
                        keep both linked (default), keep both, or skip it
  --max-size SIZE       refuse larger files (default 50MB; e.g. 500KB, 2MB)
  --encoding NAME       decode text files with NAME instead of detecting
  --text-field F, --title-field F, --url-field F, --date-field F
                        field names in .jsonl/.csv files (default: detected
                        from the usual names, any case: text, content, body,
                        article, article_content; title, headline,
                        article_title; url, link; date, published)
  --originals copy|reference   copy originals into the corpus (default) or
                        record their path and sha256 only
  --dry-run             show what would be imported and every cleanup
                        decision; store nothing (a new corpus is not made)
  --annotator NAME

Line ends become LF and text is composed to Unicode NFC once, at import.
A file that cannot be imported is reported with the reason; the rest go on.
Creates the corpus when DIR is not one yet, and removes it again when
nothing could be imported into it. Exits 1 when any file failed.`

/** The flags of `spanbench import`, merged into the CLI's option table. */
export const IMPORT_OPTIONS = {
  'no-hyphenation': { type: 'boolean' },
  'no-unwrap': { type: 'boolean' },
  'no-spaces': { type: 'boolean' },
  'strip-footnotes': { type: 'boolean' },
  'keep-boilerplate': { type: 'boolean' },
  'near-duplicates': { type: 'string' },
  'max-size': { type: 'string' },
  encoding: { type: 'string' },
  'text-field': { type: 'string' },
  'title-field': { type: 'string' },
  'url-field': { type: 'string' },
  'date-field': { type: 'string' },
  originals: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const

type ImportFlags = {
  [K in keyof typeof IMPORT_OPTIONS]?: (typeof IMPORT_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string
}

export async function runImport(
  dir: string,
  paths: readonly string[],
  annotator: string,
  flags: ImportFlags,
  io: CliIo,
): Promise<number> {
  if (paths.length === 0)
    throw new SpanbenchError('bad_request', 'import needs files or folders to import')
  const options = importOptions(flags)
  const originals = flags.originals ?? 'copy'
  if (originals !== 'copy' && originals !== 'reference') {
    throw new SpanbenchError('bad_request', `--originals ${originals}: copy or reference`)
  }
  const files = (await Promise.all(paths.map((p) => collectFiles(resolve(p), true)))).flat()
  const sources = await Promise.all(files.map(fileSource))
  const progress = new ProgressLine(io.stderr)
  if (flags['dry-run']) {
    // A corpus that does not exist yet is previewed against an empty one, made and removed here.
    const scratch = (await Corpus.isCorpus(dir)) ? null : await scratchCorpus()
    const corpus = await Corpus.open(scratch ?? dir, { readOnly: scratch === null })
    try {
      const preview = await previewImport(corpus, sources, options, progress.update)
      progress.done()
      io.stdout.write(formatPreview(preview))
      return preview.files.some((f) => f.error || f.problems.length > 0) ? 1 : 0
    } finally {
      progress.done()
      corpus.close()
      if (scratch) await rm(dirname(scratch), { recursive: true, force: true })
    }
  }
  const before = await stat(dir).then(
    (info) => (info.isDirectory() ? 'folder' : 'other'),
    () => 'nothing',
  )
  const isNew = !(await Corpus.isCorpus(dir))
  const ctx = await openWorkspace(dir, { create: true, annotator, home: io.home })
  let imported = 0
  try {
    const results = await importSources(ctx.corpus, sources, options, {
      originals,
      onProgress: progress.update,
    })
    progress.done()
    imported = results.filter((r) => r.status === 'imported').length
    return report(results, ctx.corpus.dir, io)
  } finally {
    progress.done()
    ctx.corpus.close()
    // A corpus this run created and put nothing in is not left behind.
    if (isNew && imported === 0) await removeCreated(dir, before === 'folder')
  }
}

/** An empty corpus with the default schema in a new temp folder, for a preview. */
async function scratchCorpus(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'spanbench-preview-')), 'corpus')
  await Corpus.create(dir, 'Preview', await defaultSchema())
  return dir
}

/** Removes a corpus this run created: the folder, or only what is in it when it was there before. */
async function removeCreated(dir: string, folderExisted: boolean): Promise<void> {
  if (!folderExisted) {
    await rm(dir, { recursive: true, force: true })
    return
  }
  for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true })
}

function importOptions(flags: ImportFlags): ImportOptions {
  const steps: Partial<Record<StepId, boolean>> = {}
  if (flags['no-hyphenation']) steps.hyphenation = false
  if (flags['no-unwrap']) steps.unwrap = false
  if (flags['no-spaces']) steps.spaces = false
  if (flags['strip-footnotes']) steps.footnotes = true
  if (flags['keep-boilerplate']) steps.boilerplate = false
  const near = flags['near-duplicates']
  const action = near === undefined ? undefined : NearDuplicateActionSchema.safeParse(near)
  if (action && !action.success) {
    throw new SpanbenchError('bad_request', `--near-duplicates ${near}: link, keep or skip`)
  }
  const fields = {
    ...(flags['text-field'] ? { text: flags['text-field'] } : {}),
    ...(flags['title-field'] ? { title: flags['title-field'] } : {}),
    ...(flags['url-field'] ? { url: flags['url-field'] } : {}),
    ...(flags['date-field'] ? { date: flags['date-field'] } : {}),
  }
  return {
    steps,
    ...(action?.success ? { nearDuplicate: action.data } : {}),
    ...(flags['max-size'] ? { maxBytes: parseSize(flags['max-size']) } : {}),
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  }
}

/** "500KB", "2MB", "1.5GB" or plain bytes; units are powers of 1024. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim())
  const units: Record<string, number> = {
    b: 1,
    k: 1024,
    kb: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
  }
  const bytes = m ? Number(m[1]) * (units[(m[2] ?? 'b').toLowerCase()] ?? 1) : NaN
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new SpanbenchError('bad_request', `--max-size ${value}: a size like 500KB or 20MB`)
  }
  return Math.floor(bytes)
}

async function fileSource(path: string): Promise<ImportSource> {
  const info = await stat(path)
  return { name: path, path, size: info.size, read: () => readFile(path) }
}

async function collectFiles(path: string, named: boolean): Promise<string[]> {
  const info = await stat(path).catch(() => null)
  if (!info) throw new SpanbenchError('not_found', `${path}: no such file or folder`)
  if (info.isDirectory()) {
    const entries = (await readdir(path)).filter((n) => !n.startsWith('.')).sort()
    return (await Promise.all(entries.map((n) => collectFiles(join(path, n), false)))).flat()
  }
  return named || IMPORTABLE_EXTENSIONS.includes(extname(path).toLowerCase()) ? [path] : []
}

/** One line per document (or failure), near-duplicates named, then the totals. */
function report(results: readonly ImportResult[], dir: string, io: CliIo): number {
  let imported = 0
  let failed = 0
  let near = 0
  let warnings = 0
  for (const [i, r] of results.entries()) {
    const at = `[${i + 1}/${results.length}]`
    const what = r.part ? `${r.file} ${r.part}` : r.file
    if (r.status === 'imported') {
      imported++
      const dup = r.nearDuplicate
      const note = dup
        ? ` (near-duplicate of ${dup.docId} “${dup.title}”, ${Math.round(dup.similarity * 100)}% similar${dup.action === 'link' ? ', linked' : ''})`
        : ''
      if (dup) near++
      io.stdout.write(`${at} imported ${what} as ${r.docId ?? ''}: ${r.title ?? ''}${note}\n`)
      if (r.warning) {
        warnings++
        io.stderr.write(`${at} warning: ${r.warning}\n`)
      }
    } else if (r.status === 'error') {
      failed++
      io.stderr.write(`${at} error: ${r.message ?? what}\n`)
    } else {
      if (r.nearDuplicate) near++
      // The message names the file and row itself.
      io.stdout.write(`${at} skipped ${r.message ?? `${what}: ${r.status}`}\n`)
    }
  }
  const nearNote = near > 0 ? `, ${near} near-duplicate${near === 1 ? '' : 's'}` : ''
  if (warnings > 0) io.stderr.write(`${warnings} warning${warnings === 1 ? '' : 's'}\n`)
  io.stdout.write(
    `${imported} imported, ${results.length - imported - failed} skipped, ${failed} failed${nearNote} into ${dir}\n`,
  )
  return failed > 0 ? 1 : 0
}

/** The preview as text: per document, its id, title and every decision with its reason. */
export function formatPreview(preview: ImportPreview): string {
  const out: string[] = []
  for (const f of preview.files) {
    if (f.error) {
      out.push(`error: ${f.error}`)
      continue
    }
    out.push(`${f.file} (${f.format ?? '?'}; ${f.note ?? ''})`)
    for (const p of f.problems) out.push(`  error: ${p.message}`)
    for (const d of f.documents) {
      const head = d.duplicateOf ? 'duplicate of' : 'would be'
      out.push(`  ${d.part ? `${d.part}: ` : ''}${head} ${d.duplicateOf ?? d.docId}: ${d.title}`)
      for (const n of d.nearDuplicates) {
        out.push(
          `    near-duplicate of ${n.docId} “${n.title}” (${Math.round(n.similarity * 100)}% similar)`,
        )
      }
      if (d.warning) out.push(`    warning: ${d.warning}`)
      for (const c of d.decisions) {
        const mark = c.applied ? '+' : '-'
        out.push(`    ${mark} ${c.step}: ${c.summary} (${c.reason})`)
      }
    }
  }
  return `${out.join('\n')}\n`
}

/** A progress line on a terminal (stderr, redrawn in place); silent when piped. */
class ProgressLine {
  private shown = false
  private last = 0

  constructor(private readonly stderr: CliIo['stderr']) {}

  readonly update = (p: ImportProgress): void => {
    if (!this.stderr.isTTY) return
    const now = Date.now()
    if (now - this.last < 100 && p.done < p.total) return
    this.last = now
    const width = 24
    const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : width
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`
    this.stderr.write(`\r${p.phase.padEnd(8)} [${bar}] ${p.done}/${p.total}\u001b[K`)
    this.shown = true
  }

  done(): void {
    if (this.shown) this.stderr.write('\r\u001b[K')
    this.shown = false
  }
}

export const command: CliCommand = {
  help: `${IMPORT_HELP}\n${DATASET_IMPORT_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, {
      ...IMPORT_OPTIONS,
      format: { type: 'string' },
      offsets: { type: 'string' },
    })
    const dir = requireCorpus(values, 'import')
    const annotator = await resolveAnnotator(values, io)
    return values.format === undefined
      ? runImport(dir, positionals, annotator, values, io)
      : runDatasetImport(dir, positionals, annotator, values, io)
  },
}
