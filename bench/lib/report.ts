/**
 * Writes what a run measured: bench/results.json (every run, the summaries,
 * the targets met and missed, the cases that failed) and bench/results.md
 * (the tables). Called after every section, so a run that stops early still
 * leaves what it measured.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import type { LongDocumentRun } from '../browser/long-document-run.ts'
import type { CaseFailure } from './attempt.ts'
import { machineInfo } from './machine.ts'
import { cliResults, corpusResults, longResults, type CorpusRunsBySize } from './results.ts'
import type { CliFigureId } from './figures.ts'
import { cliRows, corpusRows, longRows, markdownTable, textTable } from './table.ts'

export interface Measured {
  settings: {
    warmups: number
    runs: number
    quick: boolean
    scrollStepPx: number
    viewport: string
  }
  started: number
  long: LongDocumentRun | null
  corpora: CorpusRunsBySize | null
  sizes: number[]
  cli: Partial<Record<CliFigureId, number[]>> | null
  failures: CaseFailure[]
  /** False while sections are still to run. */
  complete: boolean
}

export async function writeReport(bench: string, m: Measured): Promise<string> {
  const longFigures = m.long ? longResults(m.long.runs) : []
  const corpusFigures = m.corpora ? corpusResults(m.corpora) : []
  const cliFigures = m.cli ? cliResults(m.cli) : []
  const all = [...longFigures, ...corpusFigures, ...cliFigures]
  const results = {
    date: new Date().toISOString(),
    machine: machineInfo(m.long?.chromium ?? 'not run'),
    settings: m.settings,
    durationSeconds: Math.round((performance.now() - m.started) / 1000),
    complete: m.complete,
    failures: m.failures,
    longDocument: m.long && {
      ...m.long.document,
      figures: longFigures,
      textAnnotatorLibraryRevive: m.long.libraryRevive,
    },
    corpora: m.corpora && { sizes: m.sizes, annotationsPerDocument: 50, figures: corpusFigures },
    commandLine: m.cli && { figures: cliFigures },
    targets: {
      met: all.filter((f) => f.met === true).map((f) => f.id),
      missed: all.filter((f) => f.met === false).map((f) => ({ id: f.id, misses: f.misses })),
    },
  }
  const resultsPath = join(bench, 'results.json')
  await writeFile(
    resultsPath,
    await format(JSON.stringify(results), {
      ...(await resolveConfig(resultsPath)),
      filepath: resultsPath,
    }),
  )

  const { runs, warmups } = m.settings
  const heading = `Spanbench benchmark, ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.chromium}; median [min–max] of ${runs} run${runs === 1 ? '' : 's'} after ${warmups} warm-up${warmups === 1 ? '' : 's'}${m.complete ? '' : ' (incomplete: still running or stopped)'}`
  const sections: { title: string; rows: string[][] }[] = []
  if (m.long) {
    const d = m.long.document
    sections.push({
      title: `Long document: ${d.characters.toLocaleString('en')} characters, ${d.paragraphs.toLocaleString('en')} paragraphs, ${d.annotations.toLocaleString('en')} annotations`,
      rows: longRows(longFigures),
    })
  }
  if (m.corpora) {
    const largest = Math.max(...m.sizes)
    sections.push({
      title: `Corpora: short articles, 50 annotations each (${(largest * 50).toLocaleString('en')} at ${largest.toLocaleString('en')} documents)`,
      rows: corpusRows(corpusFigures, m.sizes),
    })
  }
  if (m.cli) sections.push({ title: 'Command line (hyperfine)', rows: cliRows(cliFigures) })
  const revive = m.long?.libraryRevive
  const notes = [
    revive
      ? `text-annotator resolving TextPositionSelectors itself (its documented loading path, 1 run): first paint ${Math.round(revive.firstPaint)} ms, interactive ${Math.round(revive.interactive)} ms.`
      : '',
    m.failures.length
      ? `Cases that failed (recorded, the run went on):\n${m.failures.map((f) => `- ${f.case}: ${f.error}`).join('\n')}`
      : '',
  ].filter(Boolean)
  const body = (table: (rows: string[][]) => string, bold: boolean): string =>
    `${heading}\n\n${sections.map((s) => `${bold ? `**${s.title}**` : s.title}\n\n${table(s.rows)}`).join('\n\n')}\n${notes.map((n) => `\n${n}\n`).join('')}`
  await writeFile(join(bench, 'results.md'), body(markdownTable, true))
  const missed = results.targets.missed
  return `\n${body(textTable, false)}\n${missed.length ? `Targets missed:\n${missed.map((t) => `  ${t.id}: ${t.misses.join('; ')}`).join('\n')}` : 'All targets met.'}\nWrote bench/results.json and bench/results.md in ${results.durationSeconds} s.\n`
}
