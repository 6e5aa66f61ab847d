/**
 * `npm run bench:profile`: where the reader's time goes. Opens the long
 * document once in headless Chromium with the CPU profiler on, then tags a
 * phrase in the middle of the viewport, and prints for each the functions
 * that took the most time themselves (and garbage collection). The profiles
 * are written to bench/results/*.cpuprofile for Chrome's DevTools.
 *
 * Options: --top N (25 functions per case).
 */
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { CDPSession } from 'playwright-core'
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js'
import { z } from 'zod'
import { buildRenderer } from '../scripts/build.ts'
import { launchBrowser } from '../tests/e2e/support/browser.ts'
import { WorkbenchPage } from '../tests/e2e/support/workbench-page.ts'
import { changeTarget, SCROLL_STEP } from './browser/long-document-cases.ts'
import { prepareLongFixture } from './browser/long-fixture.ts'
import { Probe, probeScript } from './browser/probe-client.ts'
import { selectPhrase } from './browser/select-phrase.ts'
import { SessionBackend } from './browser/session-backend.ts'
import { subjects } from './browser/subjects.ts'
import { loadLongDocument } from './data/long-document.ts'

const BENCH = import.meta.dirname
const WORK = join(BENCH, 'results')
const ASSETS = join(BENCH, '..', 'dist', 'renderer', 'assets')

const { values } = parseArgs({ options: { top: { type: 'string', default: '25' } } })
const top = Number(values.top)

const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
        columnNumber: z.number(),
      }),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()).optional(),
  timeDeltas: z.array(z.number()).optional(),
})
type Profile = z.infer<typeof ProfileSchema>

const sourceMaps = new Map<string, SourceMapConsumer | null>()

/** The renderer's bundle is minified: names and places come from its source map. */
function original(file: string, line: number, column: number): string | null {
  if (!sourceMaps.has(file)) {
    const path = join(ASSETS, `${file}.map`)
    const raw = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap) : null
    sourceMaps.set(file, raw ? new SourceMapConsumer(raw) : null)
  }
  const found = sourceMaps.get(file)?.originalPositionFor({ line: line + 1, column })
  if (!found?.source) return null
  const source = found.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')
  return `${found.name ?? '(anonymous)'} ${source}:${found.line}`
}

/** Self time per function (microseconds → ms), largest first. */
function selfTimes(profile: Profile): { name: string; ms: number }[] {
  const names = new Map<number, string>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const file = url.split('/').pop() ?? ''
    names.set(
      node.id,
      (file ? original(file, lineNumber, columnNumber) : null) ??
        `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`,
    )
  }
  const totals = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const name = names.get(samples[i] ?? -1) ?? '?'
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms)
}

async function profiled<T>(cdp: CDPSession, name: string, action: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const result = await action()
  const { profile } = await cdp.send('Profiler.stop')
  const parsed = ProfileSchema.parse(profile)
  await writeFile(join(WORK, `${name}.cpuprofile`), JSON.stringify(profile))
  const rows = selfTimes(parsed)
  const total = rows.reduce((sum, r) => sum + r.ms, 0)
  const idle = rows.find((r) => r.name.startsWith('(idle)'))?.ms ?? 0
  process.stdout.write(
    `\n${name}: ${Math.round(total)} ms profiled, ${Math.round(total - idle)} ms busy\n`,
  )
  for (const row of rows.filter((r) => !r.name.startsWith('(idle)')).slice(0, top))
    process.stdout.write(`${row.ms.toFixed(1).padStart(8)} ms  ${row.name}\n`)
  return result
}

/** Starts keeping the page's long animation frames (runs in the page). */
function watchLongFrames(): void {
  const kept: PerformanceEntry[] = []
  Object.assign(window, { longFrames: kept })
  new PerformanceObserver((list) => kept.push(...list.getEntries())).observe({
    type: 'long-animation-frame',
  })
}

/** The `count` longest animation frames kept, split into script, style and layout, paint (runs in the page). */
function worstLongFrames(count: number): string {
  interface Script {
    duration: number
    invoker: string
    sourceFunctionName: string
  }
  interface LongFrame extends PerformanceEntry {
    renderStart: number
    styleAndLayoutStart: number
    scripts: Script[]
  }
  const frames = ((window as unknown as { longFrames?: LongFrame[] }).longFrames ?? [])
    .slice()
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
  const all = (window as unknown as { longFrames?: LongFrame[] }).longFrames ?? []
  if (!frames.length) return `no long animation frames (${all.length} kept)`
  return frames
    .map((f) => {
      const end = f.startTime + f.duration
      const render = f.renderStart || end
      const layout = f.styleAndLayoutStart || end
      const scripts = f.scripts
        .map((s) => `${s.invoker} ${s.sourceFunctionName} ${Math.round(s.duration)} ms`)
        .join('; ')
      return `long frame ${Math.round(f.duration)} ms: before rendering ${Math.round(render - f.startTime)}, rendering ${Math.round(layout - render)}, style and layout ${Math.round(end - layout)} (scripts: ${scripts})`
    })
    .join('\n')
}

await buildRenderer({ ifStale: true, quiet: true })
const probe = await probeScript(join(BENCH, 'pages', 'probe.ts'))
const doc = await loadLongDocument(BENCH)
const fixture = await prepareLongFixture(WORK, doc, 1)
const backend = new SessionBackend(fixture.corpusDir, WORK)
const browser = await launchBrowser()
try {
  await browser.context.addInitScript({ content: probe })
  const [ours] = subjects(() => backend.fresh(), '', fixture)
  const target = fixture.targets[0]
  if (!ours || !target) throw new Error('bench: no subject or target')
  const page = await browser.context.newPage()
  await ours.load(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  const timings = new Probe(page)
  const paragraphs = doc.text.split('\n').length
  const open = await profiled(cdp, 'profile-open', async () => {
    await timings.armOpen('click', ours.highlight, ours.paragraphs, paragraphs)
    await page.locator(ours.opener).click()
    return timings.openResult()
  })
  process.stdout.write(
    `open: first paint ${Math.round(open.painted)} ms, interactive ${Math.round(open.interactive)} ms\n`,
  )
  await selectPhrase(page, target.phrase)
  await page.waitForTimeout(200)
  const tag = await profiled(cdp, 'profile-tag', async () => {
    await timings.armChange('keydown', changeTarget(ours, target.phrase))
    await new WorkbenchPage(page).press('1')
    return timings.changeResult()
  })
  process.stdout.write(`tag: painted ${tag.painted.toFixed(1)} ms\n`)
  await page.waitForTimeout(500)
  await page.evaluate(watchLongFrames)
  const scroll = await profiled(cdp, 'profile-scroll', () => timings.scroll('.reader', SCROLL_STEP))
  process.stdout.write(`${await page.evaluate(worstLongFrames, 3)}\n`)
  process.stdout.write(
    `scroll: worst frame ${scroll.worstFrame.toFixed(1)} ms over ${scroll.frames} frames\n`,
  )
} finally {
  await browser.close()
  await backend.close()
}
