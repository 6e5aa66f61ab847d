import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CaseFailures } from './attempt.ts'
import { CORPUS_FIGURES, LONG_FIGURES, type CorpusFigureId, type LongFigureId } from './figures.ts'
import { writeReport, type Measured } from './report.ts'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

const long = (value: number | null): Record<LongFigureId, number[]> =>
  Object.fromEntries(LONG_FIGURES.map((f) => [f.id, value === null ? [] : [value]])) as Record<
    LongFigureId,
    number[]
  >

describe('a benchmark run that survives its cases', () => {
  it('records a case that throws or runs out of time, and goes on', async () => {
    const failures = new CaseFailures(() => undefined)
    const failed = await failures.attempt('throws', 60_000, () =>
      Promise.reject(new Error('bench: no paint within 60000 ms\nat the edit')),
    )
    const hung = await failures.attempt('hangs', 10, () => new Promise<number>(() => undefined))
    const fine = await failures.attempt('works', 60_000, () => Promise.resolve(42))
    expect([failed, hung, fine]).toEqual([null, null, 42])
    expect(failures.list).toEqual([
      { case: 'throws', error: 'bench: no paint within 60000 ms', timedOut: false },
      { case: 'hangs', error: 'timed out after 0 s', timedOut: true },
    ])
  })

  it('writes what was measured, the failed cells and the failures', async () => {
    const bench = await mkdtemp(join(tmpdir(), 'spanbench-bench-'))
    dirs.push(bench)
    const corpus = Object.fromEntries(
      CORPUS_FIGURES.map((f) => [f.id, f.id.startsWith('export') ? [] : [5]]),
    ) as Record<CorpusFigureId, number[]>
    const measured: Measured = {
      settings: { warmups: 0, runs: 1, quick: true, scrollStepPx: 2000, viewport: '1400×900' },
      started: performance.now(),
      long: {
        runs: { ours: long(10), plainDom: long(20), textAnnotator: long(null) },
        chromium: 'Chromium 1',
        document: { characters: 10, paragraphs: 2, annotations: 3 },
        libraryRevive: null,
      },
      corpora: { 10000: corpus },
      sizes: [10000],
      cli: null,
      failures: [
        { case: 'long document, run 1/1: text-annotator', error: 'timed out', timedOut: true },
      ],
      complete: true,
    }
    await writeReport(bench, measured)
    const json = JSON.parse(await readFile(join(bench, 'results.json'), 'utf8')) as {
      failures: unknown[]
      targets: { missed: { id: string; misses: string[] }[] }
    }
    expect(json.failures).toHaveLength(1)
    expect(json.targets.missed).toContainEqual({
      id: 'exportTime',
      misses: ['not measured at 10000 documents: the case failed'],
    })
    const md = await readFile(join(bench, 'results.md'), 'utf8')
    expect(md).toContain(
      '| tag a selection → painted | 10.0 ms [10.0–10.0] | 20.0 ms [20.0–20.0] | failed |',
    )
    expect(md).toContain('| export everything as JSONL | failed |')
    expect(md).toContain('- long document, run 1/1: text-annotator: timed out')
  })
})
