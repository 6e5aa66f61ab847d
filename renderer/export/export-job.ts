/**
 * Every export from the page runs as an export job: started with
 * `export.start`, polled with `export.progress` until it ends. The desktop
 * app has written the file or folder where the user chose; browser mode then
 * downloads the result (a .zip with the dataset card and report).
 */
import type { ExportFormat } from '../../shared/contract/api.ts'
import type { ExportJob } from '../../shared/datasets/export-options.ts'
import { count } from '../../shared/text/plural.ts'
import { bridge, call } from '../api.ts'
import { startDownload } from '../download.ts'

const POLL_MS = 200

/** What a finished export wrote, for the user. */
export function exportSummary(job: ExportJob): string {
  const lost =
    (job.dropped ?? 0) + (job.changed ?? 0) > 0
      ? ` ${job.dropped ?? 0} left out and ${job.changed ?? 0} written differently, listed in the dataset card.`
      : ''
  const where = job.path
    ? ` to ${job.path}`
    : job.download
      ? ', downloading (a .zip with the dataset card)'
      : ''
  return `Exported ${count(job.documents ?? 0, 'document')}, ${count(job.spans ?? 0, 'span')}${where}.${lost}`
}

/**
 * Polls job `id` until it ends, showing each status to `onStatus`; starts
 * browser mode's download when it is done. A failed job rejects with its reason.
 */
export async function followExportJob(
  id: string,
  onStatus: (job: ExportJob) => void = () => undefined,
): Promise<ExportJob> {
  for (;;) {
    const status = await call('export.progress', { job: id })
    onStatus(status)
    if (status.state === 'failed') throw new Error(status.message ?? 'the export failed')
    if (status.state === 'done') {
      if (status.download) startDownload(status.download)
      return status
    }
    await new Promise((resolve) => window.setTimeout(resolve, POLL_MS))
  }
}

/**
 * The quick export of the whole corpus (documents without annotations
 * included) as `format`: a save dialog in the desktop app, a download in the
 * browser. Returns what was exported, or null when the save dialog was cancelled.
 */
export async function quickExport(format: ExportFormat): Promise<string | null> {
  const { job } = await call('export.start', {
    format,
    options: { untouched: true },
    to: bridge ? 'path' : 'download',
  })
  return job === null ? null : exportSummary(await followExportJob(job))
}
