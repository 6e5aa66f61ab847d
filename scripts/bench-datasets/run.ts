/**
 * Dataset export benchmark: builds a synthetic corpus at two sizes (by
 * default 100,000 and 500,000 spans) and exports it in every format, each
 * export in its own process. Memory is flat when the peak resident memory at
 * 500,000 spans is about that at 100,000: the export holds one batch of
 * documents at a time, whatever the corpus size.
 *
 *   npx tsx scripts/bench-datasets/run.ts [--spans 100000,500000] [--formats jsonl,conll]
 *     [--heap-mb 48] [--json FILE]
 *
 * --heap-mb caps V8's old space in the export processes: an export that
 * finishes under a cap far below its output size holds no more than a batch.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { promisify } from 'node:util'
import { ExportFormatSchema } from '../../shared/contract/api.ts'
import { generateCorpus } from './generate.ts'

const SPANS_PER_DOCUMENT = 250
const ANNOTATOR = 'bench'

interface Run {
  format: string
  spans: number
  documents: number
  ms: number
  startRssMB: number
  peakRssMB: number
  bytes: number
  dropped: number
}

const { values } = parseArgs({
  options: {
    spans: { type: 'string' },
    formats: { type: 'string' },
    'heap-mb': { type: 'string' },
    json: { type: 'string' },
  },
})
const sizes = (values.spans ?? '100000,500000').split(',').map(Number)
const formats = values.formats ? values.formats.split(',') : ExportFormatSchema.options
const work = await mkdtemp(join(tmpdir(), 'spanbench-bench-datasets-'))
const runs: Run[] = []
try {
  for (const total of sizes) {
    const documents = Math.ceil(total / SPANS_PER_DOCUMENT)
    const started = performance.now()
    const corpus = await generateCorpus(
      join(work, `c${total}`),
      documents,
      SPANS_PER_DOCUMENT,
      ANNOTATOR,
    )
    process.stderr.write(
      `corpus: ${corpus.documents} documents, ${corpus.spans} spans, ${corpus.relations} relations (built in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    )
    for (const format of formats) {
      const out = join(work, `out-${total}-${format}`)
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, 'child.ts'),
          corpus.dir,
          ANNOTATOR,
          format,
          out,
        ],
        { maxBuffer: 1 << 20 },
      )
      const result = JSON.parse(stdout) as Omit<Run, 'format' | 'documents'>
      runs.push({ format, documents, ...result })
      process.stderr.write(
        `  ${format.padEnd(12)} ${(result.ms / 1000).toFixed(1).padStart(6)} s  ` +
          `${Math.round(corpus.spans / (result.ms / 1000))
            .toLocaleString('en')
            .padStart(9)} spans/s  ` +
          `peak RSS ${result.peakRssMB.toFixed(0).padStart(4)} MB (start ${result.startRssMB.toFixed(0)} MB)  ` +
          `${(result.bytes / 1024 / 1024).toFixed(1)} MB written\n`,
      )
      await rm(out, { recursive: true, force: true })
    }
  }
} finally {
  await rm(work, { recursive: true, force: true })
}
if (values.json)
  await writeFile(
    values.json,
    `${JSON.stringify({ spansPerDocument: SPANS_PER_DOCUMENT, runs }, null, 2)}\n`,
  )
