/**
 * `npm run bench`: the long-document cases in headless Chromium (Spanbench's
 * real renderer and backend beside a plain-DOM page and @recogito/text-
 * annotator, same text, same annotations, same browser, interleaved run by
 * run), the corpus cases in Node and the command line's start-up; writes
 * bench/results.json and bench/results.md after every section and prints the
 * tables. A case that fails or times out is recorded and the run goes on.
 *
 * Options: --runs N (5), --warmups N (1), --only long|corpora|cli,
 * --sizes 100,1000,10000 (add 100000 for the largest corpus),
 * --skip-library-revive, --quick (one run, no warm-up, 100 and 1,000
 * documents, no library revive: under two minutes).
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runCliCases } from './backend/cli-cases.ts'
import { ANNOTATOR, runCorpusCases } from './backend/corpus-cases.ts'
import { longDocumentCases } from './browser/long-document-run.ts'
import { SCROLL_STEP } from './browser/long-document-cases.ts'
import { ensureCorpus } from './data/corpora.ts'
import { CaseFailures } from './lib/attempt.ts'
import { CORPUS_FIGURES, type CorpusFigureId } from './lib/figures.ts'
import { writeReport, type Measured } from './lib/report.ts'

const BENCH = import.meta.dirname
const WORK = join(BENCH, 'results')

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    warmups: { type: 'string' },
    only: { type: 'string' },
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'skip-library-revive': { type: 'boolean', default: false },
  },
})
const quick = values.quick
const runs = Number(values.runs ?? (quick ? 1 : 5))
const warmups = Number(values.warmups ?? (quick ? 0 : 1))
const sizes = (values.sizes ?? (quick ? '100,1000' : '100,1000,10000')).split(',').map(Number)
const SECTIONS = ['long', 'corpora', 'cli']
if (values.only !== undefined && !SECTIONS.includes(values.only))
  throw new Error(`--only ${values.only}: one of ${SECTIONS.join(', ')}`)
if (![runs, warmups, ...sizes].every((n) => Number.isInteger(n) && n >= 0) || runs < 1)
  throw new Error('--runs, --warmups and --sizes take whole numbers (--runs at least 1)')
const wanted = (section: string): boolean => values.only === undefined || values.only === section
const started = performance.now()

function progress(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4)
  process.stderr.write(`[${s} s] ${message}\n`)
}

const failures = new CaseFailures(progress)
const measured: Measured = {
  settings: { warmups, runs, quick, scrollStepPx: SCROLL_STEP, viewport: '1400×900' },
  started,
  long: null,
  corpora: null,
  sizes,
  cli: null,
  failures: failures.list,
  complete: false,
}
const report = (): Promise<string> => writeReport(BENCH, measured)

/** A corpus case's time limit: generous, and longer for larger corpora. */
const corpusTimeout = (size: number): number => 120_000 + size * 6

async function corpusCases(): Promise<void> {
  const source = await readFile(join(BENCH, 'fixtures', 'long.txt'), 'utf8')
  measured.corpora = {}
  for (const size of sizes) {
    progress(`corpus of ${size.toLocaleString('en')} documents`)
    const name = `corpus of ${size}`
    const corpus = await failures.attempt(`${name}: generate`, 300_000 + size * 30, () =>
      ensureCorpus(join(WORK, 'corpora', String(size)), size, source, ANNOTATOR),
    )
    if (!corpus) continue
    if (corpus.reused) progress(`reusing the corpus generated before in ${corpus.dir}`)
    const runsOf = await runCorpusCases(corpus, {
      warmups,
      runs,
      home: join(WORK, 'home'),
      work: WORK,
      attempt: (caseName, task) => {
        progress(`${size.toLocaleString('en')} documents: ${caseName}`)
        return failures.attempt(`${name}: ${caseName}`, corpusTimeout(size), task)
      },
    })
    measured.corpora[size] = Object.fromEntries(
      CORPUS_FIGURES.map((f) => [f.id, runsOf[f.id] ?? []]),
    ) as Record<CorpusFigureId, number[]>
    await report()
  }
}

await mkdir(WORK, { recursive: true })
if (wanted('long')) {
  // Its sessions have their own limits; this one is for the set-up (builds, browser, server).
  measured.long = await failures.attempt('long document', 40 * 60_000, () =>
    longDocumentCases(
      BENCH,
      WORK,
      { warmups, runs, libraryRevive: !values['skip-library-revive'] && !quick },
      failures,
      progress,
    ),
  )
  await report()
}
if (wanted('corpora')) await corpusCases().catch((err: unknown) => failures.record('corpora', err))
if (wanted('cli')) {
  progress('command line start-up (hyperfine)')
  measured.cli = await runCliCases(WORK, {
    warmups,
    runs,
    attempt: (name, task) => failures.attempt(name, 300_000, task),
  })
}
measured.complete = true
process.stdout.write(await report())
// A case abandoned at its time limit may still hold a browser or a timer: the run is over.
process.exit(0)
