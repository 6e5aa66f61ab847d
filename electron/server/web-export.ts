/**
 * Browser mode's download of a finished export job: always a .zip, of the
 * folder, or of the single file with its dataset card and report.tsv,
 * streamed file by file (JSZip reads each file as a stream
 * while the archive is written), so the download does not hold the dataset
 * in memory.
 */
import { createReadStream } from 'node:fs'
import { readdir } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { join, relative } from 'node:path'
import { pipeline } from 'node:stream/promises'
import JSZip from 'jszip'
import { exportJob } from '../backend/datasets/export-jobs.ts'

function disposition(name: string): string {
  return `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`
}

export async function sendExportJob(res: ServerResponse, id: string): Promise<void> {
  const job = exportJob(id)
  const output = job?.output
  if (!job || !output || job.status.state !== 'done') {
    res.writeHead(404, {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    })
    res.end('no finished export with that id')
    return
  }
  // A folder is zipped under its name; a single file with its card and report
  // beside it (everything in the job's private folder), so nothing dropped goes unseen.
  const root = output.folder ? output.path : output.tmp
  const prefix = output.folder ? `${output.name}/` : ''
  const zip = new JSZip()
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  for (const e of entries) {
    if (!e.isFile()) continue
    const full = join(e.parentPath, e.name)
    zip.file(`${prefix}${relative(root, full).split('\\').join('/')}`, createReadStream(full))
  }
  res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Disposition': disposition(
      `${output.folder ? output.name : output.name.replace(/\.[A-Za-z0-9]+$/, '')}.zip`,
    ),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  await pipeline(
    zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' }),
    res,
  )
}
