/**
 * `spanbench export`: any dataset format, with filters, a seeded train / dev
 * / test split and a dataset card. Single-file formats without a split may
 * go to standard output; everything else needs --out.
 */
import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ExportFormatSchema } from '../../shared/contract/api.ts'
import type { ExportFilter } from '../../shared/datasets/filters.ts'
import { parseRatios, type SplitSpec } from '../../shared/datasets/splits.ts'
import type { OffsetUnit } from '../../shared/datasets/writer.ts'
import {
  AnnotatorSchema,
  DocumentStatusSchema,
  type DocumentStatus,
} from '../../shared/contract/model.ts'
import {
  parseCommand,
  requireCorpus,
  resolveAnnotator,
  type CliCommand,
  type CliIo,
} from './context.ts'
import { exportDatasetTo, exportsToFolder } from '../backend/datasets/dataset-export.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'

export const EXPORT_HELP = `Usage: spanbench export --corpus DIR --format FORMAT [--out PATH] [options]

Formats (offsets in code points unless said otherwise; see docs/datasets.md):
  jsonl        ours: one JSON line per document with spans (and their
               attributes, notes, fragments) and relations
  spacy        JSONL with tokens/spaces, entities (non-overlapping) and
               spans["sc"] (overlapping), ready for a spaCy DocBin
  prodigy      Prodigy tasks: tokens with ws, spans with token_start/end,
               relations with head_span/child_span
  conll        one token per line with its IOB2 tag; overlaps resolved
  bioes        the same with BIOES tags
  hf           a Hugging Face dataset folder: JSONL rows of tokens and
               ner_tags, tag names in dataset_info.json and README.md
  brat         a folder of .txt + .ann with annotation.conf and visual.conf
  labelstudio  Label Studio tasks (JSON array, code point offsets)
  doccano      doccano JSONL with entities and relations (UTF-16 offsets
               unless --offsets codepoint)
  uima-json    a folder of UIMA CAS JSON files for INCEpTION (UTF-16)
  claims-csv   one row per casualty figure with what it is linked to

Output:
  --out PATH            a file, or a folder for brat, hf, uima-json and any
                        split; the dataset card goes beside a file
                        (PATH.card.md) or into the folder (README.md). Without
                        --out a single-file format goes to standard output.
                        The folder PATH goes into must exist.
  --split 80/10/10      train/dev/test shares, by document
  --seed N              the split's seed (default 1): the same seed, the same split
  --stratify            keep each label's share of documents alike in every split
  --offsets utf16|codepoint   doccano's offset unit (default utf16)

Filters:
  --labels A,B          only spans of these labels (relations between them)
  --status S,T          only documents with this status (${DocumentStatusSchema.options.join(', ')})
  --annotators X,Y      these annotators' annotations (default: --annotator,
                        or the current annotator); curation is the curated layer
  --curated-else NAME   the curated layer where a document is curated, else
                        NAME's layer
  --documents ID,ID     only these documents
  --include-untouched   also documents without annotations (status new, no
                        spans); left out by default, since token formats
                        would make them all-O sentences`

/** The flags of `spanbench export`, merged into the CLI's option table. */
export const EXPORT_OPTIONS = {
  split: { type: 'string' },
  seed: { type: 'string' },
  stratify: { type: 'boolean' },
  offsets: { type: 'string' },
  labels: { type: 'string' },
  status: { type: 'string' },
  annotators: { type: 'string' },
  documents: { type: 'string' },
  'curated-else': { type: 'string' },
  'include-untouched': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const

export interface ExportFlags {
  format?: string
  out?: string
  split?: string
  seed?: string
  stratify?: boolean
  offsets?: string
  labels?: string
  status?: string
  annotators?: string
  documents?: string
  'curated-else'?: string
  'include-untouched'?: boolean
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)

function splitSpec(flags: ExportFlags): SplitSpec | undefined {
  if (flags.split === undefined) {
    if (flags.seed !== undefined || flags.stratify)
      throw new SpanbenchError('bad_request', '--seed and --stratify go with --split')
    return undefined
  }
  let ratios: [number, number, number]
  try {
    ratios = parseRatios(flags.split)
  } catch (err) {
    throw new SpanbenchError('bad_request', `--${err instanceof Error ? err.message : String(err)}`)
  }
  const seed = Number(flags.seed ?? '1')
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new SpanbenchError(
      'bad_request',
      `--seed ${flags.seed}: a whole number from 0 to 4294967295`,
    )
  return { ratios, seed, stratify: flags.stratify ?? false }
}

function filterOf(flags: ExportFlags): ExportFilter {
  const statuses = list(flags.status)?.map((s): DocumentStatus => {
    const parsed = DocumentStatusSchema.safeParse(s)
    if (!parsed.success)
      throw new SpanbenchError(
        'bad_request',
        `--status ${s}: one of ${DocumentStatusSchema.options.join(', ')}`,
      )
    return parsed.data
  })
  const labels = list(flags.labels)
  const documents = list(flags.documents)
  return {
    ...(labels ? { labels } : {}),
    ...(statuses ? { statuses } : {}),
    ...(documents ? { documents } : {}),
    ...(flags['include-untouched'] ? { untouched: true } : {}),
  }
}

function offsetUnit(flags: ExportFlags): OffsetUnit | undefined {
  if (flags.offsets === undefined) return undefined
  if (flags.offsets !== 'utf16' && flags.offsets !== 'codepoint')
    throw new SpanbenchError('bad_request', `--offsets ${flags.offsets}: utf16 or codepoint`)
  return flags.offsets
}

function annotatorsOf(flags: ExportFlags, annotator: string): string[] {
  return (list(flags.annotators) ?? [annotator]).map((name) => {
    const parsed = AnnotatorSchema.safeParse(name)
    if (!parsed.success)
      throw new SpanbenchError('bad_request', `--annotators ${name}: not a valid name`)
    return parsed.data
  })
}

export async function runExport(
  dir: string,
  annotator: string,
  flags: ExportFlags,
  io: CliIo,
): Promise<number> {
  const parsed = ExportFormatSchema.safeParse(flags.format ?? 'jsonl')
  if (!parsed.success)
    throw new SpanbenchError(
      'bad_request',
      `--format ${flags.format}: supported formats are ${ExportFormatSchema.options.join(', ')}`,
    )
  const format = parsed.data
  const split = splitSpec(flags)
  const filter = filterOf(flags)
  const offsets = offsetUnit(flags)
  const curatedElse = flags['curated-else']
  if (curatedElse !== undefined && flags.annotators !== undefined)
    throw new SpanbenchError(
      'bad_request',
      '--curated-else names the layer itself: leave out --annotators',
    )
  const annotators =
    curatedElse === undefined
      ? annotatorsOf(flags, annotator)
      : annotatorsOf({ annotators: curatedElse }, annotator)
  if (!flags.out && exportsToFolder(format, split))
    throw new SpanbenchError(
      'bad_request',
      `${format}${split ? ' with --split' : ''} is written as a folder: give --out DIR`,
    )
  const corpus = await Corpus.open(dir, { readOnly: true })
  const options = {
    format,
    annotators,
    filter,
    ...(split ? { split } : {}),
    ...(offsets ? { offsetUnit: offsets } : {}),
    ...(curatedElse === undefined ? {} : { curatedElse: annotators[0] ?? curatedElse }),
  }
  if (!flags.out) {
    const result = await exportDatasetTo(corpus, options, { kind: 'stream', out: io.stdout })
    for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`)
    reportLeftOut(result.leftOut, io)
    return 0
  }
  const path = resolve(flags.out)
  await checkOutFolder(path)
  const result = await exportDatasetTo(corpus, options, { kind: 'path', path })
  reportLeftOut(result.leftOut, io)
  const lost =
    result.dropped + result.changed > 0
      ? `; ${result.dropped} left out and ${result.changed} written differently, listed in the card`
      : ''
  io.stderr.write(
    `exported ${result.documents} documents, ${result.spans} spans (${curatedElse === undefined ? annotators.join(', ') : `curated, else ${curatedElse}`}) to ${path}${lost}\n`,
  )
  for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`)
  if (result.card) io.stderr.write(`dataset card: ${result.card}\n`)
  return 0
}

/**
 * The folder --out goes into must exist: it is not created, so a mistyped
 * path is reported instead of leaving the export in a new folder elsewhere.
 */
async function checkOutFolder(path: string): Promise<void> {
  const folder = dirname(path)
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory())
    throw new SpanbenchError(
      'bad_request',
      `--out ${path}: the folder ${folder} ${info ? 'is not a folder' : 'does not exist'}; create it first or give another path`,
    )
}

/** Names each document an export left out because one of its files could not be read. */
function reportLeftOut(problems: readonly string[], io: CliIo): void {
  for (const problem of problems) io.stderr.write(`spanbench: left out: ${problem}\n`)
}

export const command: CliCommand = {
  help: EXPORT_HELP,
  async run(args, io) {
    const { values } = parseCommand(args, EXPORT_OPTIONS)
    const dir = requireCorpus(values, 'export')
    const annotator = await resolveAnnotator(values, io)
    return runExport(dir, annotator, values, io)
  },
}
