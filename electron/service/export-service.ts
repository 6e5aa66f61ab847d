import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { rename, unlink } from 'node:fs/promises'
import type { ExportFormat } from '../../shared/api.ts'
import { DATASET_WRITERS } from '../../shared/dataset-writers.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import type { HandlerSlice } from './handlers.ts'

export interface ExportCounts {
  documents: number
  spans: number
}

/** Streams a dataset to `out`, one document at a time, so memory stays flat. */
export async function exportDataset(
  corpus: Corpus,
  annotator: string,
  format: ExportFormat,
  out: Writable,
): Promise<ExportCounts> {
  const counts: ExportCounts = { documents: 0, spans: 0 }
  const writer = DATASET_WRITERS[format]
  const header = writer.header()
  if (header && !out.write(header)) await once(out, 'drain')
  for (const id of await corpus.documentIds()) {
    const [doc, set] = await Promise.all([
      corpus.readDocument(id),
      corpus.readAnnotations(id, annotator),
    ])
    const chunk = writer.document(doc, set, annotator)
    counts.documents++
    counts.spans += set?.spans.length ?? 0
    if (!out.write(chunk)) await once(out, 'drain')
  }
  return counts
}

/** Writes an export to a file through a temp file, so a failed export leaves no half file. */
export async function exportToFile(
  corpus: Corpus,
  annotator: string,
  format: ExportFormat,
  path: string,
): Promise<ExportCounts> {
  const tmp = `${path}.${process.pid}.partial`
  const stream = createWriteStream(tmp)
  try {
    const counts = await exportDataset(corpus, annotator, format, stream)
    stream.end()
    await once(stream, 'finish')
    await rename(tmp, path)
    return counts
  } catch (err) {
    stream.destroy()
    await unlink(tmp).catch(() => undefined)
    throw err
  }
}

export function exportFileName(corpusName: string, format: ExportFormat): string {
  const base = corpusName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '') || 'corpus'
  return `${base}${format === 'jsonl' ? '' : `-${format.replace(/-csv$/, '')}`}.${DATASET_WRITERS[format].extension}`
}

export const exportHandlers: HandlerSlice<'export.save'> = {
  'export.save': async ({ format }, ctx) => {
    if (!ctx.pickSavePath) {
      throw new SpanbenchError(
        'bad_request',
        'saving to a path is for the desktop app; browser mode downloads the export',
      )
    }
    const path = await ctx.pickSavePath(exportFileName(ctx.corpus.manifest.name, format))
    if (path === null) return { path: null, documents: 0, spans: 0 }
    return { path, ...(await exportToFile(ctx.corpus, ctx.annotator, format, path)) }
  },
}
