/**
 * Exports a dataset in any format: select the documents (filters, split),
 * then stream them one at a time through the format's pure writer into a
 * stream, a file or a folder, and finish with the dataset card. Memory holds
 * one batch of documents, whatever the corpus size.
 */
import { basename } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Writable } from 'node:stream'
import type { ExportFormat } from '../../../shared/contract/api.ts'
import { DATASET_WRITERS } from '../../../shared/datasets/dataset-writers.ts'
import { datasetCard, type NoteList, type SplitSize } from '../../../shared/datasets/card.ts'
import { countUnit, emptyCounts, type DatasetCounts } from '../../../shared/datasets/counts.ts'
import { describeFilter, filterSet, type ExportFilter } from '../../../shared/datasets/filters.ts'
import { SPLIT_NAMES, type SplitSpec } from '../../../shared/datasets/splits.ts'
import { applySpanRules } from '../../../shared/corpus/span-rules.ts'
import type {
  DatasetWriter,
  ExportContext,
  ExportUnit,
  OffsetUnit,
  WriterNote,
} from '../../../shared/datasets/writer.ts'
import type { DocumentRecord } from '../../../shared/contract/model.ts'
import { NOTHING_SET_ASIDE, setAsideMisfits } from '../../../shared/corpus/set-aside.ts'
import { tsvCell } from '../../../shared/formats/spreadsheet-cells.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamaged } from '../store/damaged.ts'
import { SpanbenchError } from '../store/errors.ts'
import { toolVersion } from '../version.ts'
import { FileSink, FolderSink, StreamSink, type DatasetSink } from './dataset-sink.ts'
import { selectUnits, type SelectedUnit, type Selection } from './dataset-selection.ts'

export interface DatasetExportOptions {
  format: ExportFormat
  /** Whose annotations; the first is used alone unless several are named. */
  annotators: readonly string[]
  /** The curated layer where a document's is `curated`, else this annotator's (then `annotators` is ignored). */
  curatedElse?: string
  filter?: ExportFilter
  split?: SplitSpec
  offsetUnit?: OffsetUnit
}

export type ExportTarget = { kind: 'stream'; out: Writable } | { kind: 'path'; path: string }

export interface ExportProgress {
  done: number
  total: number
}

export interface DatasetExportResult {
  /** The file or folder written; null for a stream. */
  path: string | null
  documents: number
  spans: number
  relations: number
  dropped: number
  changed: number
  /** Files of the export, relative to its folder (or the file's name). */
  files: string[]
  /** Where the card is; null for a stream. */
  card: string | null
  /** What the user should know about the selection (untouched documents left out, an empty split). */
  warnings: string[]
  /** Files that could not be read (path and reason): their documents were left out. */
  leftOut: string[]
}

/** How many dropped or changed spans the card lists; the report file (report.tsv) has all. */
const CARD_NOTES = 50
const BATCH = 32

/** Whether the export is a folder (a multi-file format, or any format with splits). */
export function exportsToFolder(format: ExportFormat, split: SplitSpec | undefined): boolean {
  return DATASET_WRITERS[format].folder || split !== undefined
}

class NoteLog {
  readonly dropped: NoteList & { listed: WriterNote[] } = { total: 0, listed: [] }
  readonly changed: NoteList & { listed: WriterNote[] } = { total: 0, listed: [] }
  private lines: string[] = []
  private headed = false

  add(note: WriterNote): void {
    const list = note.kind === 'dropped' ? this.dropped : this.changed
    list.total++
    if (list.listed.length < CARD_NOTES) list.listed.push(note)
    this.lines.push(
      `${[note.kind, note.docId, note.spanId, note.message].map(tsvCell).join('\t')}\n`,
    )
  }

  /** Whether report lines wait to be written. */
  get pending(): boolean {
    return this.lines.length > 0
  }

  /** The buffered report lines (the header first, once), emptied: the caller appends them. */
  take(): string {
    const text = (this.headed ? '' : 'kind\tdocument\tspan\twhat\n') + this.lines.join('')
    this.headed = true
    this.lines = []
    return text
  }

  get total(): number {
    return this.dropped.total + this.changed.total
  }
}

/** The writer and context of an export, after checking that the options fit the target. */
function exportSetup(corpus: Corpus, options: DatasetExportOptions, target: ExportTarget) {
  const writer = DATASET_WRITERS[options.format]
  const folder = exportsToFolder(options.format, options.split)
  if (target.kind === 'stream' && folder)
    throw new SpanbenchError(
      'bad_request',
      `${options.format} exports with splits or several files need a folder (--out DIR)`,
    )
  const annotators = options.curatedElse ? [options.curatedElse] : options.annotators
  if (annotators.length === 0) throw new SpanbenchError('bad_request', 'export needs an annotator')
  const ctx: ExportContext = {
    corpusName: corpus.manifest.name,
    schema: corpus.manifest.schema,
    ...(options.offsetUnit ? { offsetUnit: options.offsetUnit } : {}),
  }
  return { writer, folder, annotators, filter: options.filter ?? {}, ctx }
}

/** Exports a dataset to a stream, a file or a folder. */
export async function exportDatasetTo(
  corpus: Corpus,
  options: DatasetExportOptions,
  target: ExportTarget,
  onProgress?: (progress: ExportProgress) => void,
): Promise<DatasetExportResult> {
  const { writer, folder, annotators, filter, ctx } = exportSetup(corpus, options, target)
  const selection = await selectUnits(
    corpus,
    annotators,
    filter,
    options.split ?? null,
    options.curatedElse,
  )
  const units = selection.units
  const splitNames = options.split
    ? SPLIT_NAMES.filter((_, i) => (options.split?.ratios[i] ?? 0) > 0)
    : [writer.unsplitName ?? 'data']
  // claims-csv has a row per casualty figure: a document without annotations has none either way.
  const warnings = selectionWarnings(
    options.format === 'claims-csv' ? { ...selection, untouched: 0 } : selection,
    options.split ? splitNames : [],
  )
  const streamName = (split: string) =>
    target.kind === 'path' && !folder ? basename(target.path) : `${split}.${writer.extension}`
  const sink: DatasetSink =
    target.kind === 'stream'
      ? new StreamSink(target.out)
      : folder
        ? await FolderSink.create(target.path)
        : new FileSink(target.path)
  const counts = emptyCounts()
  const sizes = new Map<string, SplitSize>(
    splitNames.map((n) => [n, { name: n, documents: 0, spans: 0 }]),
  )
  const notes = new NoteLog()
  const leftOut: string[] = []
  const files = new Set<string>()
  const started = new Set<string>()
  const reportName =
    target.kind === 'path' ? (folder ? 'report.tsv' : `${basename(target.path)}.report.tsv`) : null
  const reportSink =
    target.kind === 'path' && !folder ? new FileSink(`${target.path}.report.tsv`) : null
  try {
    for (const name of writer.stream ? splitNames : []) {
      const file = streamName(name)
      files.add(file)
      started.add(name)
      await sink.append(file, writer.header(ctx))
    }
    const written = new Set<string>()
    for (let at = 0; at < units.length; at += BATCH) {
      const batch = units.slice(at, at + BATCH)
      // Each document once, however many annotators; blocking reads, one batch
      // per turn of the event loop (see forEachBatch).
      if (at > 0) await nextTurn()
      const read = readBatch(corpus, batch, filter, (docId, problem) => {
        leftOut.push(problem)
        notes.add({ docId, kind: 'dropped', message: `left out: ${problem}` })
      })
      for (const [i, { selected, unit, left }] of read.entries()) {
        for (const note of left) notes.add(note)
        const split = selected.split ?? splitNames[0] ?? 'data'
        const output = writer.document(unit, ctx)
        countUnit(counts, unit, ctx.schema)
        const size = sizes.get(split)
        if (size) {
          size.documents++
          size.spans += unit.set?.spans.length ?? 0
        }
        if (output.stream !== undefined) {
          const file = streamName(split)
          await sink.append(file, (written.has(file) ? writer.separator : '') + output.stream)
          written.add(file)
        }
        for (const f of output.files ?? []) {
          const path = filePath(
            f.path,
            selected.split,
            annotators.length > 1 ? unit.annotator : null,
          )
          files.add(path)
          await sink.writeFile(path, f.content)
        }
        for (const note of output.notes ?? []) notes.add(note)
        onProgress?.({ done: at + i + 1, total: units.length })
      }
      if (reportName && notes.pending) {
        if (folder) files.add(reportName)
        await (reportSink ?? sink).append(reportName, notes.take())
      }
    }
    for (const name of started) await sink.append(streamName(name), writer.footer(ctx))
    for (const f of writer.finish?.(ctx, splitNames) ?? []) {
      files.add(f.path)
      await sink.writeFile(f.path, f.content)
    }
    const card =
      target.kind === 'path'
        ? await writeCard(
            { path: target.path, folder, sink, files },
            {
              options,
              ctx,
              writer,
              counts,
              filter,
              annotators,
              sizes,
              notes,
              warnings,
              splitNames,
            },
            notes.total > 0 ? (reportName ?? undefined) : undefined,
            (listed) => (writer.stream ? [...started].map(streamName) : listed),
          )
        : null
    await sink.commit()
    if (reportSink) {
      if (notes.total > 0) await reportSink.commit()
      else await reportSink.abort()
    }
    return {
      path: target.kind === 'path' ? target.path : null,
      documents: counts.documents,
      spans: counts.spans,
      relations: counts.relations,
      dropped: notes.dropped.total,
      changed: notes.changed.total,
      files: [...files].sort(),
      card,
      warnings,
      leftOut,
    }
  } catch (err) {
    await sink.abort()
    await reportSink?.abort()
    throw err
  }
}

interface CardState {
  options: DatasetExportOptions
  ctx: ExportContext
  writer: DatasetWriter
  counts: DatasetCounts
  filter: ExportFilter
  annotators: readonly string[]
  sizes: Map<string, SplitSize>
  notes: NoteLog
  warnings: string[]
  splitNames: readonly string[]
}

/** Writes the dataset card (README.md in a folder, FILE.card.md beside a file); returns its path. */
async function writeCard(
  out: { path: string; folder: boolean; sink: DatasetSink; files: Set<string> },
  state: CardState,
  reportFile: string | undefined,
  loadFiles: (listed: string[]) => string[],
): Promise<string> {
  const { options, ctx, writer, notes, annotators } = state
  if (out.folder) out.files.add('README.md')
  const listed = [...out.files].sort()
  const content = datasetCard({
    corpusName: ctx.corpusName,
    format: options.format,
    exportedAt: new Date().toISOString(),
    toolVersion: await toolVersion(),
    schema: ctx.schema,
    offsets: writer.offsets(ctx),
    counts: state.counts,
    filters: [
      ...describeFilter(state.filter),
      ...(annotators.length > 1 ? [`annotators: ${annotators.join(', ')}`] : []),
      ...(options.curatedElse ? [`layer: curated where curated, else ${options.curatedElse}`] : []),
    ],
    split: options.split ? describeSplit(options.split) : null,
    sizes: options.split ? [...state.sizes.values()] : [],
    files: listed,
    ...(writer.overlapPolicy ? { overlapPolicy: writer.overlapPolicy } : {}),
    dropped: notes.dropped,
    changed: notes.changed,
    warnings: state.warnings,
    ...(reportFile ? { reportFile } : {}),
    howToLoad: writer.howToLoad(ctx, loadFiles(listed)),
    ...(writer.cardFrontMatter
      ? { frontMatter: writer.cardFrontMatter(ctx, state.splitNames) }
      : {}),
  })
  if (out.folder) {
    await out.sink.writeFile('README.md', content)
    return `${out.path}/README.md`
  }
  const card = `${out.path}.card.md`
  const cardSink = new FileSink(card)
  await cardSink.append('', content)
  await cardSink.commit()
  return card
}

/** A batch's units, each document read once, without what breaks the span rules. */
function readBatch(
  corpus: Corpus,
  batch: readonly SelectedUnit[],
  filter: ExportFilter,
  damaged: (docId: string, problem: string) => void,
): { selected: SelectedUnit; unit: ExportUnit; left: WriterNote[] }[] {
  // A file that cannot be read leaves its document out, named in the card and report.
  const readable = <T>(docId: string, read: () => T): { value: T } | null => {
    const problems: string[] = []
    const value = skipDamaged(read, problems)
    for (const problem of problems) damaged(docId, problem)
    return problems.length ? null : { value: value as T }
  }
  const docs = new Map<string, DocumentRecord>()
  for (const id of new Set(batch.map((u) => u.docId))) {
    const doc = readable(id, () => corpus.readDocumentSync(id))
    if (doc) docs.set(id, doc.value)
  }
  return batch.flatMap((u) => {
    const doc = docs.get(u.docId)
    const found = doc && readable(u.docId, () => corpus.readAnnotationsSync(u.docId, u.annotator))
    if (!doc || !found) return []
    // Spans that do not fit the text are left out, each noted.
    const { set, setAside } = found.value
      ? setAsideMisfits(found.value, doc.text)
      : { set: null, setAside: NOTHING_SET_ASIDE }
    const misfits: WriterNote[] = setAside.spans.map((span, k) => ({
      docId: u.docId,
      spanId: span.id,
      kind: 'dropped',
      message: setAside.reasons[k] ?? '',
    }))
    const { unit, left } = ruledUnit({
      doc,
      set: set && filterSet(set, filter),
      annotator: u.annotator,
    })
    return [{ selected: u, unit, left: [...misfits, ...left] }]
  })
}

/** Warnings about what was selected: untouched documents left out, a split part left empty. */
function selectionWarnings(selection: Selection, splitNames: readonly string[]): string[] {
  const warnings: string[] = []
  if (selection.untouched > 0)
    warnings.push(
      `${selection.untouched} document${selection.untouched === 1 ? '' : 's'} without annotations (status new, no spans) left out; include them with --include-untouched`,
    )
  const docs = new Set(selection.units.map((u) => u.docId)).size
  for (const name of splitNames) {
    if (selection.units.some((u) => u.split === name)) continue
    warnings.push(
      `the ${name} split is empty: ${docs} document${docs === 1 ? '' : 's'} could not fill every share`,
    )
  }
  return warnings
}

/** The unit without what breaks the span rules, and a note for each thing left out. */
function ruledUnit(unit: ExportUnit): { unit: ExportUnit; left: WriterNote[] } {
  if (!unit.set) return { unit, left: [] }
  const ruled = applySpanRules(unit.set.spans, unit.set.relations)
  const left = ruled.left.map((r): WriterNote => ({
    docId: unit.doc.id,
    ...(r.spanId ? { spanId: r.spanId } : {}),
    kind: 'dropped',
    message: r.message,
  }))
  if (left.length === 0) return { unit, left }
  return {
    unit: { ...unit, set: { ...unit.set, spans: ruled.spans, relations: ruled.relations } },
    left,
  }
}

/** Where a document's own file goes: under its split and, with several annotators, theirs. */
function filePath(path: string, split: string | null, annotator: string | null): string {
  return [split, annotator, path].filter((p): p is string => p !== null).join('/')
}

export function describeSplit(split: SplitSpec): string {
  return `${split.ratios.join('/')}, seed ${split.seed}${split.stratify ? ', stratified by label' : ''}`
}
