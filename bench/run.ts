/**
 * `npm run bench`: the long-document cases in headless Chromium (Spanbench's
 * real renderer and backend beside a plain-DOM page and @recogito/text-
 * annotator, same text, same annotations, same browser, interleaved run by
 * run) and the corpus cases in Node; writes bench/results.json and
 * bench/results.md and prints the tables.
 *
 * Options: --runs N (5), --warmups N (1), --only long|corpora,
 * --sizes 100,1000,10000, --skip-library-revive.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { build as viteBuild } from 'vite'
import { buildRenderer } from '../scripts/build.ts'
import { cleanup, startServerProcess, tempDir } from '../electron/test-support.ts'
import { launchBrowser } from '../tests/e2e/support/browser.ts'
import { runCorpusCases } from './backend/corpus-cases.ts'
import { ANNOTATOR, prepareLongFixture } from './browser/long-fixture.ts'
import {
  runLibraryReviveOpen,
  runSession,
  SCROLL_STEP,
  type SessionResult,
} from './browser/long-document-cases.ts'
import { probeScript } from './browser/probe-client.ts'
import { serveFolder } from './browser/static-server.ts'
import { subjects, type SubjectId } from './browser/subjects.ts'
import { loadLongDocument } from './data/long-document.ts'
import {
  CORPUS_FIGURES,
  LONG_FIGURES,
  type CorpusFigureId,
  type LongFigureId,
} from './lib/figures.ts'
import { machineInfo } from './lib/machine.ts'
import { corpusResults, longResults, type CorpusRunsBySize, type LongRuns } from './lib/results.ts'
import { corpusRows, longRows, markdownTable, textTable } from './lib/table.ts'

const BENCH = import.meta.dirname
const WORK = join(BENCH, 'results')

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmups: { type: 'string', default: '1' },
    only: { type: 'string' },
    sizes: { type: 'string', default: '100,1000,10000' },
    'skip-library-revive': { type: 'boolean', default: false },
  },
})
const runs = Number(values.runs)
const warmups = Number(values.warmups)
const sizes = values.sizes.split(',').map(Number)
const started = performance.now()

function progress(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4)
  process.stderr.write(`[${s} s] ${message}\n`)
}

async function longDocumentCases(): Promise<{
  runs: LongRuns
  chromium: string
  document: { characters: number; paragraphs: number; annotations: number }
  libraryRevive: { firstPaint: number; interactive: number } | null
}> {
  progress('building the renderer and the baseline pages')
  await buildRenderer({ ifStale: true, quiet: true })
  await viteBuild({ configFile: join(BENCH, 'vite.config.ts'), logLevel: 'warn' })
  const probe = await probeScript(join(BENCH, 'pages', 'probe.ts'))
  progress('generating 20,000 annotations over bench/fixtures/long.txt')
  const doc = await loadLongDocument(BENCH)
  const fixture = await prepareLongFixture(WORK, doc, warmups + runs)
  await cp(join(fixture.dataDir, 'data'), join(WORK, 'pages', 'data'), { recursive: true })
  const pages = await serveFolder(join(WORK, 'pages'))
  const server = await startServerProcess(fixture.corpusDir, await tempDir('spanbench-bench-'), [
    '--annotator',
    ANNOTATOR,
  ])
  const browser = await launchBrowser()
  try {
    await browser.context.addInitScript({ content: probe })
    const cdp = await browser.context.newCDPSession(browser.page)
    const { product } = await cdp.send('Browser.getVersion')
    const all = subjects(
      `http://127.0.0.1:${server.port}/?token=${server.token}`,
      pages.origin,
      fixture,
    )
    const paragraphs = doc.text.split('\n').length
    const results: Record<SubjectId, SessionResult[]> = {
      ours: [],
      plainDom: [],
      textAnnotator: [],
    }
    for (let run = -warmups; run < runs; run++) {
      for (const subject of all) {
        progress(`${run < 0 ? 'warm-up' : `run ${run + 1}/${runs}`}: ${subject.title}`)
        const target = fixture.targets[run + warmups]
        if (!target) throw new Error('no edit target left')
        const result = await runSession(browser.context, subject, {
          target,
          paragraphs,
          scrollStep: SCROLL_STEP,
        })
        if (run >= 0) results[subject.id].push(result)
      }
    }
    let libraryRevive = null
    if (!values['skip-library-revive']) {
      progress('text-annotator resolving the selectors itself (one run)')
      libraryRevive = await runLibraryReviveOpen(browser.context, pages.origin, paragraphs)
    }
    const byFigure = (id: SubjectId): Record<LongFigureId, number[]> =>
      Object.fromEntries(
        LONG_FIGURES.map((f) => [f.id, results[id].map((r) => r[f.id])]),
      ) as Record<LongFigureId, number[]>
    return {
      runs: {
        ours: byFigure('ours'),
        plainDom: byFigure('plainDom'),
        textAnnotator: byFigure('textAnnotator'),
      },
      chromium: product,
      document: { characters: [...doc.text].length, paragraphs, annotations: doc.spans.length },
      libraryRevive,
    }
  } finally {
    await browser.close()
    await pages.close()
    await cleanup()
  }
}

async function corpusCases(): Promise<CorpusRunsBySize> {
  const source = await readFile(join(BENCH, 'fixtures', 'long.txt'), 'utf8')
  const bySize: CorpusRunsBySize = {}
  for (const size of sizes) {
    progress(`corpus of ${size.toLocaleString('en')} documents`)
    const measured = await runCorpusCases(WORK, size, source, { warmups, runs })
    bySize[size] = Object.fromEntries(CORPUS_FIGURES.map((f) => [f.id, measured[f.id]])) as Record<
      CorpusFigureId,
      number[]
    >
  }
  return bySize
}

await mkdir(WORK, { recursive: true })
const long = values.only === 'corpora' ? null : await longDocumentCases()
const corpora = values.only === 'long' ? null : await corpusCases()

const longFigures = long ? longResults(long.runs) : []
const corpusFigures = corpora ? corpusResults(corpora) : []
const all = [...longFigures, ...corpusFigures]
const results = {
  date: new Date().toISOString(),
  machine: machineInfo(long?.chromium ?? 'not run'),
  settings: { warmups, runs, scrollStepPx: SCROLL_STEP, viewport: '1400×900' },
  durationSeconds: Math.round((performance.now() - started) / 1000),
  longDocument: long && {
    ...long.document,
    figures: longFigures,
    textAnnotatorLibraryRevive: long.libraryRevive,
  },
  corpora: corpora && { sizes, annotationsPerDocument: 50, figures: corpusFigures },
  targets: {
    met: all.filter((f) => f.met === true).map((f) => f.id),
    missed: all.filter((f) => f.met === false).map((f) => ({ id: f.id, misses: f.misses })),
  },
}
const resultsPath = join(BENCH, 'results.json')
await writeFile(
  resultsPath,
  await format(JSON.stringify(results), {
    ...(await resolveConfig(resultsPath)),
    filepath: resultsPath,
  }),
)

const heading = `Spanbench benchmark, ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.chromium}; median [min–max] of ${runs} runs after ${warmups} warm-up`
const sections: { title: string; rows: string[][] }[] = []
if (long) {
  sections.push({
    title: `Long document: ${long.document.characters.toLocaleString('en')} characters, ${long.document.paragraphs.toLocaleString('en')} paragraphs, ${long.document.annotations.toLocaleString('en')} annotations`,
    rows: longRows(longFigures),
  })
}
if (corpora) {
  sections.push({
    title: 'Corpora: short articles, 50 annotations each (500,000 at 10,000 documents)',
    rows: corpusRows(corpusFigures, sizes),
  })
}
const revive = long?.libraryRevive
const reviveNote = revive
  ? `text-annotator resolving TextPositionSelectors itself (its documented loading path, 1 run): first paint ${Math.round(revive.firstPaint)} ms, interactive ${Math.round(revive.interactive)} ms.`
  : ''
process.stdout.write(
  `\n${heading}\n\n${sections.map((s) => `${s.title}\n\n${textTable(s.rows)}`).join('\n\n')}\n${reviveNote ? `\n${reviveNote}\n` : ''}`,
)
await writeFile(
  join(BENCH, 'results.md'),
  `${heading}\n\n${sections.map((s) => `**${s.title}**\n\n${markdownTable(s.rows)}`).join('\n\n')}\n${reviveNote ? `\n${reviveNote}\n` : ''}`,
)
const missed = results.targets.missed
process.stdout.write(
  `\n${missed.length ? `Targets missed:\n${missed.map((m) => `  ${m.id}: ${m.misses.join('; ')}`).join('\n')}` : 'All targets met.'}\nWrote bench/results.json and bench/results.md in ${results.durationSeconds} s.\n`,
)
