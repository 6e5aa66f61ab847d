/**
 * `npm run check:consumers`: exports a tricky corpus (see corpus.ts) in every
 * format and loads each export with the real tools that read it, wherever
 * they can be installed here (spaCy, Hugging Face datasets, pandas; seqeval,
 * label-studio-sdk and dkpro-cassis when pip can get them), then prints a
 * table: format × consumer × spans intact. A consumer that cannot be
 * imported is printed as "not checked", never counted as passing. Exits 1
 * when a check fails. Not part of `npm test`: it needs Python packages.
 *
 *   npm run check:consumers [-- --keep]     (--keep leaves the exports in place)
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { exportDatasetTo } from '../../electron/backend/datasets/dataset-export.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { ExportFormatSchema, type ExportFormat } from '../../shared/contract/api.ts'
import { ANNOTATOR, buildCorpus } from './corpus.ts'

/** Where each format goes in the exports folder (consumers.py reads these names). */
const TARGET: Record<ExportFormat, string> = {
  jsonl: 'data.jsonl',
  spacy: 'spacy.jsonl',
  prodigy: 'prodigy.jsonl',
  conll: 'data.conll',
  bioes: 'data.bioes',
  hf: 'hf',
  brat: 'brat',
  labelstudio: 'labelstudio.json',
  doccano: 'doccano.jsonl',
  'uima-json': 'uima-json',
  'claims-csv': 'claims.csv',
}

export interface Check {
  format: string
  consumer: string
  status: 'ok' | 'FAIL' | 'not checked'
  detail: string
}

/** [document, span] of every span a report lists as left out. */
async function droppedIn(report: string): Promise<[string, string][]> {
  const text = await readFile(report, 'utf8').catch(() => '')
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([kind, , span]) => kind === 'dropped' && span)
    .map(([, doc, span]) => [doc ?? '', span ?? ''])
}

function table(checks: readonly Check[]): string {
  const rows = [
    ['format', 'consumer', 'spans intact'],
    ...checks.map((c) => [
      c.format,
      c.consumer,
      c.status === 'ok' ? `yes (${c.detail})` : `${c.status}: ${c.detail}`,
    ]),
  ]
  const lines = rows.map((r) => `| ${r.join(' | ')} |`)
  return [lines[0], '|---|---|---|', ...lines.slice(1)].join('\n')
}

/**
 * Builds the corpus under `work`, exports every format and runs the checks.
 * `stdlibOnly` runs only the checks that need nothing but python3 (for `npm test`).
 */
export async function runChecks(
  work: string,
  stdlibOnly = false,
): Promise<{ checks: Check[]; spans: number; exports: string }> {
  const { dir, spans } = await buildCorpus(work)
  const exports = join(work, 'exports')
  await mkdir(exports)
  const dropped: Record<string, [string, string][]> = {}
  const corpus = await Corpus.open(dir, { readOnly: true })
  try {
    for (const format of ExportFormatSchema.options) {
      const path = join(exports, TARGET[format])
      const result = await exportDatasetTo(
        corpus,
        { format, annotators: [ANNOTATOR] },
        { kind: 'path', path },
      )
      const folder = result.card?.endsWith('README.md') ?? false
      dropped[format] = await droppedIn(folder ? join(path, 'report.tsv') : `${path}.report.tsv`)
    }
  } finally {
    corpus.close()
  }
  const expected = join(work, 'expected.json')
  await writeFile(expected, JSON.stringify({ spans, dropped }))
  const script = join(dirname(fileURLToPath(import.meta.url)), 'consumers.py')
  const args = [script, exports, expected, ...(stdlibOnly ? ['--stdlib-only'] : [])]
  const { stdout } = await promisify(execFile)('python3', args, { maxBuffer: 1 << 24 })
  const checks = stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Check)
  return { checks, spans: spans.length, exports }
}

async function main(): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'spanbench-consumers-'))
  try {
    const { checks, spans, exports } = await runChecks(work)
    process.stdout.write(`${table(checks)}\n`)
    const failed = checks.filter((c) => c.status === 'FAIL').length
    const skipped = checks.filter((c) => c.status === 'not checked').length
    process.stdout.write(
      `${checks.length - failed - skipped} passed, ${failed} failed, ${skipped} not checked (${spans} spans in the corpus)\n`,
    )
    if (process.argv.includes('--keep')) process.stdout.write(`exports kept in ${exports}\n`)
    return failed > 0 ? 1 : 0
  } finally {
    if (!process.argv.includes('--keep')) await rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main()
