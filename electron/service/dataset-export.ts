/**
 * Exports a dataset in any format: select the documents (filters, split),
 * then stream them one at a time through the format's pure writer into a
 * stream, a file or a folder, and finish with the dataset card. Memory holds
 * one batch of documents, whatever the corpus size.
 */
import { basename } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Writable } from 'node:stream'
import type { ExportFormat } from '../../shared/api.ts'
import { DATASET_WRITERS } from '../../shared/dataset-writers.ts'
import { datasetCard, type NoteList, type SplitSize } from '../../shared/datasets/card.ts'
import { countUnit, emptyCounts } from '../../shared/datasets/counts.ts'
import { describeFilter, filterSet, type ExportFilter } from '../../shared/datasets/filters.ts'
import { SPLIT_NAMES, type SplitSpec } from '../../shared/datasets/splits.ts'
import type {
  ExportContext,
  ExportUnit,
  OffsetUnit,
  WriterNote,
} from '../../shared/datasets/writer.ts'
import type { DocumentRecord } from '../../shared/model.ts'
import { NOTHING_SET_ASIDE, setAsideMisfits } from '../../shared/set-aside.ts'
import { tsvCell } from '../../shared/spreadsheet-cells.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamaged } from '../store/damaged.ts'
import { SpanbenchError } from '../store/errors.ts'
import { toolVersion } from '../version.ts'
import { FileSink, FolderSink, StreamSink, type DatasetSink } from './dataset-sink.ts'
import { selectUnits, type SelectedUnit } from './dataset-selection.ts'

export interface DatasetExportOptions {
  format: ExportFormat
  /** Whose annotations; the first is used alone unless several are named. */
  annotators: readonly string[]
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
  lines: string[] = ['kind\tdocument\tspan\twhat\n']

  add(note: WriterNote): void {
    const list = note.kind === 'dropped' ? this.dropped : this.changed
    list.total++
    if (list.listed.length < CARD_NOTES) list.listed.push(note)
    this.lines.push(
      `${[note.kind, note.docId, note.spanId, note.message].map(tsvCell).join('\t')}\n`,
    )
  }

  /** The buffered report lines, emptied: the caller appends them to the report file. */
  take(): string {
    const text = this.lines.join('')
    this.lines = []
    return text
  }

  get total(): number {
    return this.dropped.total + this.changed.total
  }
}

/** Exports a dataset to a stream, a file or a folder. */
export async function exportDatasetTo(
  corpus: Corpus,
  options: DatasetExportOptions,
  target: ExportTarget,
  onProgress?: (progress: ExportProgress) => void,
): Promise<DatasetExportResult> {
  const writer = DATASET_WRITERS[options.format]
  const folder = exportsToFolder(options.format, options.split)
  if (target.kind === 'stream' && folder)
    throw new SpanbenchError(
      'bad_request',
      `${options.format} exports with splits or several files need a folder (--out DIR)`,
    )
  const annotators = options.annotators.length ? options.annotators : []
  if (annotators.length === 0) throw new SpanbenchError('bad_request', 'export needs an annotator')
  const filter = options.filter ?? {}
  const ctx: ExportContext = {
    corpusName: corpus.manifest.name,
    schema: corpus.manifest.schema,
    ...(options.offsetUnit ? { offsetUnit: options.offsetUnit } : {}),
  }
  const units = await selectUnits(corpus, annotators, filter, options.split ?? null)
  const splitNames = options.split
    ? SPLIT_NAMES.filter((_, i) => (options.split?.ratios[i] ?? 0) > 0)
    : [writer.unsplitName ?? 'data']
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
      const read = readBatch(corpus, batch, filter, notes, leftOut)
      for (const [i, { selected, unit }] of read.entries()) {
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
      if (reportName && notes.lines.length > 1) {
        if (folder) files.add(reportName)
        await (reportSink ?? sink).append(reportName, notes.take())
      }
    }
    for (const name of started) await sink.append(streamName(name), writer.footer(ctx))
    for (const f of writer.finish?.(ctx, splitNames) ?? []) {
      files.add(f.path)
      await sink.writeFile(f.path, f.content)
    }
    let card: string | null = null
    if (target.kind === 'path') {
      const reportFile = notes.total > 0 ? (reportName ?? undefined) : undefined
      if (folder) files.add('README.md')
      const listed = [...files].sort()
      const content = datasetCard({
        corpusName: ctx.corpusName,
        format: options.format,
        exportedAt: new Date().toISOString(),
        toolVersion: await toolVersion(),
        schema: ctx.schema,
        offsets: writer.offsets(ctx),
        counts,
        filters: [
          ...describeFilter(filter),
          ...(annotators.length > 1 ? [`annotators: ${annotators.join(', ')}`] : []),
        ],
        split: options.split ? describeSplit(options.split) : null,
        sizes: options.split ? [...sizes.values()] : [],
        files: listed,
        ...(writer.overlapPolicy ? { overlapPolicy: writer.overlapPolicy } : {}),
        dropped: notes.dropped,
        changed: notes.changed,
        ...(reportFile ? { reportFile } : {}),
        howToLoad: writer.howToLoad(ctx, writer.stream ? [...started].map(streamName) : listed),
        ...(writer.cardFrontMatter ? { frontMatter: writer.cardFrontMatter(ctx, splitNames) } : {}),
      })
      if (folder) {
        await sink.writeFile('README.md', content)
        card = `${target.path}/README.md`
      } else {
        card = `${target.path}.card.md`
        const cardSink = new FileSink(card)
        await cardSink.append('', content)
        await cardSink.commit()
      }
    }
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
      leftOut,
    }
  } catch (err) {
    await sink.abort()
    await reportSink?.abort()
    throw err
  }
}

/**
 * One batch of units, read. A file that cannot be read leaves its document
 * out, and a span that does not fit the text is left out; each is noted for
 * the card and report.tsv (damaged files also in `leftOut`).
 */
function readBatch(
  corpus: Corpus,
  batch: readonly SelectedUnit[],
  filter: ExportFilter,
  notes: NoteLog,
  leftOut: string[],
): { selected: SelectedUnit; unit: ExportUnit }[] {
  const readOrNote = <T>(docId: string, read: () => T): { value: T } | null => {
    const problems: string[] = []
    const value = skipDamaged(read, problems)
    for (const problem of problems) {
      leftOut.push(problem)
      notes.add({ docId, kind: 'dropped', message: `left out: ${problem}` })
    }
    return problems.length ? null : { value: value as T }
  }
  const docs = new Map<string, DocumentRecord>()
  for (const id of new Set(batch.map((u) => u.docId))) {
    const doc = readOrNote(id, () => corpus.readDocumentSync(id))
    if (doc) docs.set(id, doc.value)
  }
  return batch.flatMap((u) => {
    const doc = docs.get(u.docId)
    const found = doc && readOrNote(u.docId, () => corpus.readAnnotationsSync(u.docId, u.annotator))
    if (!doc || !found) return []
    const { set, setAside } = found.value
      ? setAsideMisfits(found.value, doc.text)
      : { set: null, setAside: NOTHING_SET_ASIDE }
    for (const [k, span] of setAside.spans.entries())
      notes.add({
        docId: u.docId,
        spanId: span.id,
        kind: 'dropped',
        message: setAside.reasons[k] ?? '',
      })
    return [
      { selected: u, unit: { doc, set: set && filterSet(set, filter), annotator: u.annotator } },
    ]
  })
}

/** Where a document's own file goes: under its split and, with several annotators, theirs. */
function filePath(path: string, split: string | null, annotator: string | null): string {
  return [split, annotator, path].filter((p): p is string => p !== null).join('/')
}

export function describeSplit(split: SplitSpec): string {
  return `${split.ratios.join('/')}, seed ${split.seed}${split.stratify ? ', stratified by label' : ''}`
}
