/**
 * Exports a corpus to JSONL in its own process and prints the time and the
 * process's resident memory before and at its peak, as JSON. The peak is
 * VmHWM of /proc/self/status: ru_maxrss would carry over the parent's
 * resident size from before the exec (the bench's own, with a browser
 * driver loaded), not this process's.
 * Usage: export-child.ts CORPUS ANNOTATOR OUT
 */
import { readFile, stat } from 'node:fs/promises'
import { exportDatasetTo } from '../../electron/backend/datasets/dataset-export.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'

const [dir, annotator, out] = process.argv.slice(2)
if (!dir || !annotator || !out) throw new Error('usage: export-child.ts CORPUS ANNOTATOR OUT')
const MB = 1024 * 1024
const corpus = await Corpus.open(dir, { readOnly: true })
const startRssMB = process.memoryUsage.rss() / MB
const start = performance.now()
await exportDatasetTo(
  corpus,
  { format: 'jsonl', annotators: [annotator], filter: { untouched: true } },
  { kind: 'path', path: out },
)
const ms = performance.now() - start
const hwmKB = /^VmHWM:\s+(\d+) kB$/m.exec(await readFile('/proc/self/status', 'utf8'))?.[1]
const peakRssMB = hwmKB ? (Number(hwmKB) * 1024) / MB : (process.resourceUsage().maxRSS * 1024) / MB
const { size } = await stat(out)
process.stdout.write(JSON.stringify({ ms, peakRssMB, startRssMB, bytes: size }))
