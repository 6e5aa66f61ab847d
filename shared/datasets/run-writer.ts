/**
 * Runs a writer over units in memory: the stream text per split file and the
 * whole files, as the export service would write them. For small exports
 * (tests, a browser download); the export service streams instead.
 */
import type { DatasetFile, DatasetWriter, ExportContext, ExportUnit, WriterNote } from './writer.ts'

export interface WriterRun {
  /** The stream file's text (header, documents, footer); empty for formats without one. */
  stream: string
  files: DatasetFile[]
  notes: WriterNote[]
}

export function runWriter(
  writer: DatasetWriter,
  ctx: ExportContext,
  units: Iterable<ExportUnit>,
): WriterRun {
  const parts: string[] = []
  const files: DatasetFile[] = []
  const notes: WriterNote[] = []
  for (const unit of units) {
    const out = writer.document(unit, ctx)
    if (out.stream !== undefined) parts.push(out.stream)
    files.push(...(out.files ?? []))
    notes.push(...(out.notes ?? []))
  }
  files.push(...(writer.finish?.(ctx, [writer.unsplitName ?? 'data']) ?? []))
  const stream = writer.stream
    ? writer.header(ctx) + parts.join(writer.separator) + writer.footer(ctx)
    : ''
  return { stream, files, notes }
}
