/**
 * Exports started from the UI run as jobs the page polls for progress: the
 * desktop app writes where the user chose in a save dialog; browser mode
 * writes into a private temporary folder and the page downloads the result
 * (a file, or a .zip of a folder) from GET /export/job/<id>. A job and its
 * temporary files are forgotten an hour after it ends.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportFormat } from '../../../shared/contract/api.ts'
import { DATASET_WRITERS } from '../../../shared/datasets/dataset-writers.ts'
import type { ExportJob, ExportOptions } from '../../../shared/datasets/export-options.ts'
import { SpanbenchError } from '../store/errors.ts'
import { exportDatasetTo, exportsToFolder, type DatasetExportOptions } from './dataset-export.ts'
import type { HandlerSlice, ServiceContext } from '../services/handlers.ts'

interface Job {
  status: ExportJob
  /** Browser mode: the file or folder to download, and the folder holding it. */
  output?: { path: string; folder: boolean; name: string; tmp: string }
}

const KEEP_MS = 60 * 60 * 1000
const jobs = new Map<string, Job>()

function forgetLater(id: string): void {
  setTimeout(() => {
    const job = jobs.get(id)
    jobs.delete(id)
    if (job?.output) void rm(job.output.tmp, { recursive: true, force: true })
  }, KEEP_MS).unref()
}

/** The name an export is offered under: the corpus's name, the format unless JSONL, and the file extension. */
export function exportFileName(corpusName: string, format: ExportFormat): string {
  const base = corpusName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '') || 'corpus'
  const name = `${base}${format === 'jsonl' ? '' : `-${format.replace(/-csv$/, '')}`}`
  return DATASET_WRITERS[format].folder ? name : `${name}.${DATASET_WRITERS[format].extension}`
}

export function datasetOptions(
  format: ExportFormat,
  options: ExportOptions,
  annotator: string,
): DatasetExportOptions {
  return {
    format,
    annotators: options.annotators?.length ? options.annotators : [annotator],
    filter: {
      ...(options.labels ? { labels: options.labels } : {}),
      ...(options.statuses ? { statuses: options.statuses } : {}),
      ...(options.documents ? { documents: options.documents } : {}),
      ...(options.untouched ? { untouched: true } : {}),
    },
    ...(options.split ? { split: options.split } : {}),
    ...(options.offsetUnit ? { offsetUnit: options.offsetUnit } : {}),
    ...(options.curatedElse ? { curatedElse: options.curatedElse } : {}),
  }
}

/** Starts an export job writing to `path`; its progress is read with exportJob(). */
export function startExportJob(
  ctx: ServiceContext,
  options: DatasetExportOptions,
  path: string,
  output?: Job['output'],
): string {
  const id = randomBytes(12).toString('base64url')
  const job: Job = {
    status: { state: 'running', done: 0, total: 0 },
    ...(output ? { output } : {}),
  }
  jobs.set(id, job)
  exportDatasetTo(ctx.corpus, options, { kind: 'path', path }, (p) => {
    job.status = { ...job.status, done: p.done, total: p.total }
  }).then(
    (result) => {
      job.status = {
        state: 'done',
        done: job.status.total,
        total: job.status.total,
        documents: result.documents,
        spans: result.spans,
        dropped: result.dropped,
        changed: result.changed,
        ...(result.warnings.length ? { warnings: result.warnings } : {}),
        ...(output ? { download: `export/job/${id}` } : { path }),
      }
      forgetLater(id)
    },
    (err: unknown) => {
      job.status = {
        ...job.status,
        state: 'failed',
        message: err instanceof Error ? err.message : String(err),
      }
      forgetLater(id)
    },
  )
  return id
}

export function exportJob(id: string): Job | undefined {
  return jobs.get(id)
}

export const exportJobHandlers: HandlerSlice<'export.start' | 'export.progress'> = {
  'export.start': async ({ format, options, to }, ctx) => {
    const dataset = datasetOptions(format, options, ctx.annotator)
    const folder = exportsToFolder(format, dataset.split)
    const name = exportFileName(ctx.corpus.manifest.name, format).replace(/(\.[a-z]+)?$/, (ext) =>
      folder ? '' : ext,
    )
    if (to === 'path') {
      if (!ctx.pickSavePath)
        throw new SpanbenchError(
          'bad_request',
          'saving to a path is for the desktop app; browser mode downloads',
        )
      const path = await ctx.pickSavePath(name)
      return { job: path === null ? null : startExportJob(ctx, dataset, path) }
    }
    const tmp = await mkdtemp(join(tmpdir(), 'spanbench-export-'))
    const path = join(tmp, name)
    return { job: startExportJob(ctx, dataset, path, { path, folder, name, tmp }) }
  },
  'export.progress': ({ job }) => {
    const found = jobs.get(job)
    if (!found)
      return Promise.reject(
        new SpanbenchError('not_found', `no export ${job} (it ended over an hour ago?)`),
      )
    return Promise.resolve(found.status)
  },
}
