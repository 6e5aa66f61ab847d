/**
 * Exports a corpus in one format in its own process and prints, as JSON, the
 * time, the resident memory at start and at its peak (Linux ru_maxrss), and
 * the bytes written. Usage: child.ts CORPUS ANNOTATOR FORMAT OUT
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ExportFormatSchema } from '../../shared/contract/api.ts'
import { exportDatasetTo } from '../../electron/backend/datasets/dataset-export.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'

async function size(path: string): Promise<number> {
  const info = await stat(path)
  if (!info.isDirectory()) return info.size
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  let total = 0
  for (const e of entries) if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size
  return total
}

const [dir, annotator, format, out] = process.argv.slice(2)
if (!dir || !annotator || !format || !out)
  throw new Error('usage: child.ts CORPUS ANNOTATOR FORMAT OUT')
const MB = 1024 * 1024
const corpus = await Corpus.open(dir, { readOnly: true })
const startRssMB = process.memoryUsage.rss() / MB
const start = performance.now()
const result = await exportDatasetTo(
  corpus,
  { format: ExportFormatSchema.parse(format), annotators: [annotator] },
  { kind: 'path', path: out },
)
const ms = performance.now() - start
const peakRssMB = (process.resourceUsage().maxRSS * 1024) / MB
process.stdout.write(
  JSON.stringify({
    ms,
    startRssMB,
    peakRssMB,
    bytes: await size(out),
    spans: result.spans,
    dropped: result.dropped,
  }),
)
