import type { Writable } from 'node:stream'
import type { ExportFormat } from '../../../shared/contract/api.ts'
import { DATASET_WRITERS } from '../../../shared/datasets/dataset-writers.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { exportDatasetTo } from './dataset-export.ts'
import type { HandlerSlice } from '../services/handlers.ts'

export interface ExportCounts {
  documents: number
  spans: number
}

/** Streams every document as a single-file dataset to `out`, one at a time, so memory stays flat. */
export async function exportDataset(
  corpus: Corpus,
  annotator: string,
  format: ExportFormat,
  out: Writable,
): Promise<ExportCounts> {
  const result = await exportDatasetTo(
    corpus,
    { format, annotators: [annotator], filter: { untouched: true } },
    { kind: 'stream', out },
  )
  return { documents: result.documents, spans: result.spans }
}

/**
 * Writes an export of every document (the quick "Export JSONL" of the whole
 * corpus, untouched documents included) to a file or folder, with its card.
 */
export async function exportToFile(
  corpus: Corpus,
  annotator: string,
  format: ExportFormat,
  path: string,
): Promise<ExportCounts> {
  const result = await exportDatasetTo(
    corpus,
    { format, annotators: [annotator], filter: { untouched: true } },
    { kind: 'path', path },
  )
  return { documents: result.documents, spans: result.spans }
}

export function exportFileName(corpusName: string, format: ExportFormat): string {
  const base = corpusName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '') || 'corpus'
  const name = `${base}${format === 'jsonl' ? '' : `-${format.replace(/-csv$/, '')}`}`
  return DATASET_WRITERS[format].folder ? name : `${name}.${DATASET_WRITERS[format].extension}`
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
