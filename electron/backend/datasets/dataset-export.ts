/**
 * Exports a dataset in any format: select the documents (filters, split),
 * then stream them one at a time through the format's pure writer into a
 * stream, a file or a folder, and finish with the dataset card. Memory holds
 * one batch of documents, whatever the corpus size. Export jobs, the CLI and
 * the benchmarks all export through exportDatasetTo.
 */
import { basename } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Writable } from 'node:stream'
import type { ExportFormat } from '../../../shared/contract/api.ts'
import { DATASET_WRITERS } from '../../../shared/datasets/dataset-writers.ts'
import type { SplitSize } from '../../../shared/datasets/card.ts'
import { countUnit, emptyCounts } from '../../../shared/datasets/counts.ts'
import type { ExportFilter } from '../../../shared/datasets/filters.ts'
import { SPLIT_NAMES, type SplitSpec } from '../../../shared/datasets/splits.ts'
import type { DatasetWriter, ExportContext, OffsetUnit } from '../../../shared/datasets/writer.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { FileSink, FolderSink, StreamSink, type DatasetSink } from './dataset-sink.ts'
import { selectUnits, selectionWarnings, type SelectedUnit } from './dataset-selection.ts'
import { writeCard } from './export-card.ts'
import { NoteLog } from './export-notes.ts'
import { readBatch, type ReadUnit } from './export-units.ts'

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

const BATCH = 32

/** Whether the export is a folder (a multi-file format, or any format with splits). */
export function exportsToFolder(format: ExportFormat, split: SplitSpec | undefined): boolean {
  return DATASET_WRITERS[format].folder || split !== undefined
}

/** What an export writes with, after checking that the options fit the target. */
interface ExportSetup {
  options: DatasetExportOptions
  target: ExportTarget
  writer: DatasetWriter
  folder: boolean
  annotators: readonly string[]
  filter: ExportFilter
  ctx: ExportContext
  /** The split parts written (only those with a share), or the one unsplit name. */
  splitNames: readonly string[]
}

function exportSetup(
  corpus: Corpus,
  options: DatasetExportOptions,
  target: ExportTarget,
): ExportSetup {
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
  const splitNames = options.split
    ? SPLIT_NAMES.filter((_, i) => (options.split?.ratios[i] ?? 0) > 0)
    : [writer.unsplitName ?? 'data']
  return {
    options,
    target,
    writer,
    folder,
    annotators,
    filter: options.filter ?? {},
    ctx,
    splitNames,
  }
}

/** Exports a dataset to a stream, a file or a folder. */
export async function exportDatasetTo(
  corpus: Corpus,
  options: DatasetExportOptions,
  target: ExportTarget,
  onProgress?: (progress: ExportProgress) => void,
): Promise<DatasetExportResult> {
  const setup = exportSetup(corpus, options, target)
  const selection = await selectUnits(
    corpus,
    setup.annotators,
    setup.filter,
    options.split ?? null,
    options.curatedElse,
  )
  // claims-csv has a row per casualty figure: a document without annotations has none either way.
  const warnings = selectionWarnings(
    options.format === 'claims-csv' ? { ...selection, untouched: 0 } : selection,
    options.split ? setup.splitNames : [],
  )
  const sink: DatasetSink =
    target.kind === 'stream'
      ? new StreamSink(target.out)
      : setup.folder
        ? await FolderSink.create(target.path)
        : new FileSink(target.path)
  const run = new ExportRun(setup, sink)
  try {
    await run.writeHeaders()
    const units = selection.units
    for (let at = 0; at < units.length; at += BATCH) {
      // Each document once, however many annotators; blocking reads, one batch
      // per turn of the event loop (see forEachBatch).
      if (at > 0) await nextTurn()
      const batch = readBatch(corpus, units.slice(at, at + BATCH), setup.filter, (docId, p) =>
        run.damaged(docId, p),
      )
      for (const [i, read] of batch.entries()) {
        await run.writeUnit(read)
        onProgress?.({ done: at + i + 1, total: units.length })
      }
      await run.flushReport()
    }
    const card = await run.finish(warnings)
    return run.result(card, warnings)
  } catch (err) {
    await run.abort()
    throw err
  }
}

/** One export under way: where each document goes, and what was written, counted and noted. */
class ExportRun {
  private readonly counts = emptyCounts()
  private readonly sizes: Map<string, SplitSize>
  private readonly notes = new NoteLog()
  private readonly leftOut: string[] = []
  private readonly files = new Set<string>()
  /** Split parts whose stream has its header. */
  private readonly started = new Set<string>()
  /** Stream files holding a document already (the next one needs the separator). */
  private readonly written = new Set<string>()
  private readonly reportName: string | null
  /** A single-file export's report, beside the file; a folder's goes through the sink. */
  private readonly reportSink: FileSink | null

  constructor(
    private readonly setup: ExportSetup,
    private readonly sink: DatasetSink,
  ) {
    const { target, folder, splitNames } = setup
    this.sizes = new Map(splitNames.map((n) => [n, { name: n, documents: 0, spans: 0 }]))
    this.reportName =
      target.kind === 'path'
        ? folder
          ? 'report.tsv'
          : `${basename(target.path)}.report.tsv`
        : null
    this.reportSink =
      target.kind === 'path' && !folder ? new FileSink(`${target.path}.report.tsv`) : null
  }

  private streamName(split: string): string {
    const { target, folder, writer } = this.setup
    return target.kind === 'path' && !folder
      ? basename(target.path)
      : `${split}.${writer.extension}`
  }

  async writeHeaders(): Promise<void> {
    const { writer, ctx, splitNames } = this.setup
    for (const name of writer.stream ? splitNames : []) {
      const file = this.streamName(name)
      this.files.add(file)
      this.started.add(name)
      await this.sink.append(file, writer.header(ctx))
    }
  }

  /** A document whose file could not be read: left out, named in the card and report. */
  damaged(docId: string, problem: string): void {
    this.leftOut.push(problem)
    this.notes.add({ docId, kind: 'dropped', message: `left out: ${problem}` })
  }

  async writeUnit({ selected, unit, left }: ReadUnit): Promise<void> {
    const { writer, ctx, splitNames } = this.setup
    for (const note of left) this.notes.add(note)
    const split = selected.split ?? splitNames[0] ?? 'data'
    const output = writer.document(unit, ctx)
    countUnit(this.counts, unit, ctx.schema)
    const size = this.sizes.get(split)
    if (size) {
      size.documents++
      size.spans += unit.set?.spans.length ?? 0
    }
    if (output.stream !== undefined) {
      const file = this.streamName(split)
      await this.sink.append(file, (this.written.has(file) ? writer.separator : '') + output.stream)
      this.written.add(file)
    }
    for (const f of output.files ?? []) {
      const path = this.filePath(f.path, selected, unit.annotator)
      this.files.add(path)
      await this.sink.writeFile(path, f.content)
    }
    for (const note of output.notes ?? []) this.notes.add(note)
  }

  /** Where a document's own file goes: under its split and, with several annotators, theirs. */
  private filePath(path: string, selected: SelectedUnit, annotator: string): string {
    const byAnnotator = this.setup.annotators.length > 1 ? annotator : null
    return [selected.split, byAnnotator, path].filter((p): p is string => p !== null).join('/')
  }

  /** Appends the report lines noted so far. */
  async flushReport(): Promise<void> {
    if (!this.reportName || !this.notes.pending) return
    if (this.setup.folder) this.files.add(this.reportName)
    await (this.reportSink ?? this.sink).append(this.reportName, this.notes.take())
  }

  /** Writes the footers, the format's closing files and the card, then commits; returns the card's path. */
  async finish(warnings: string[]): Promise<string | null> {
    const { writer, ctx, splitNames, target, folder, options, annotators, filter } = this.setup
    for (const name of this.started)
      await this.sink.append(this.streamName(name), writer.footer(ctx))
    for (const f of writer.finish?.(ctx, splitNames) ?? []) {
      this.files.add(f.path)
      await this.sink.writeFile(f.path, f.content)
    }
    const card =
      target.kind === 'path'
        ? await writeCard(
            { path: target.path, folder, sink: this.sink, files: this.files },
            {
              options,
              ctx,
              writer,
              counts: this.counts,
              filter,
              annotators,
              sizes: this.sizes,
              notes: this.notes,
              warnings,
              splitNames,
            },
            this.notes.total > 0 ? (this.reportName ?? undefined) : undefined,
            (listed) => (writer.stream ? [...this.started].map((n) => this.streamName(n)) : listed),
          )
        : null
    await this.sink.commit()
    if (this.reportSink) {
      if (this.notes.total > 0) await this.reportSink.commit()
      else await this.reportSink.abort()
    }
    return card
  }

  async abort(): Promise<void> {
    await this.sink.abort()
    await this.reportSink?.abort()
  }

  result(card: string | null, warnings: string[]): DatasetExportResult {
    const { target } = this.setup
    return {
      path: target.kind === 'path' ? target.path : null,
      documents: this.counts.documents,
      spans: this.counts.spans,
      relations: this.counts.relations,
      dropped: this.notes.dropped.total,
      changed: this.notes.changed.total,
      files: [...this.files].sort(),
      card,
      warnings,
      leftOut: this.leftOut,
    }
  }
}
