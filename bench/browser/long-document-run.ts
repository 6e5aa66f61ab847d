/**
 * The long-document cases: the three pages run after run in one browser.
 * Every session and the text-annotator library-revive run go through
 * `failures.attempt`: one that fails or times out is recorded, its page is
 * closed, and the next goes on.
 */
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { build as viteBuild } from 'vite'
import { buildRenderer } from '../../scripts/build.ts'
import { launchBrowser } from '../../tests/e2e/support/browser.ts'
import { loadLongDocument } from '../data/long-document.ts'
import type { CaseFailures } from '../lib/attempt.ts'
import { LONG_FIGURES, type LongFigureId } from '../lib/figures.ts'
import type { LongRuns } from '../lib/results.ts'
import { prepareLongFixture } from './long-fixture.ts'
import {
  runLibraryReviveOpen,
  runSession,
  SCROLL_STEP,
  type SessionResult,
} from './long-document-cases.ts'
import { probeScript } from './probe-client.ts'
import { SessionBackend } from './session-backend.ts'
import { serveFolder } from './static-server.ts'
import { subjects, type SubjectId } from './subjects.ts'

/** A session is an open, four edits and a scroll, each with the probe's 60 s limit. */
const SESSION_TIMEOUT_MS = 240_000
/** text-annotator resolving 20,000 selectors itself takes tens of seconds. */
const REVIVE_TIMEOUT_MS = 180_000

export interface LongDocumentRun {
  runs: LongRuns
  chromium: string
  document: { characters: number; paragraphs: number; annotations: number }
  libraryRevive: { firstPaint: number; interactive: number } | null
}

export async function longDocumentCases(
  bench: string,
  work: string,
  options: { warmups: number; runs: number; libraryRevive: boolean },
  failures: CaseFailures,
  progress: (message: string) => void,
): Promise<LongDocumentRun> {
  progress('building the renderer and the baseline pages')
  await buildRenderer({ ifStale: true, quiet: true })
  await viteBuild({ configFile: join(bench, 'vite.config.ts'), logLevel: 'warn' })
  const probe = await probeScript(join(bench, 'pages', 'probe.ts'))
  progress('generating 20,000 annotations over bench/fixtures/long.txt')
  const doc = await loadLongDocument(bench)
  const { warmups, runs } = options
  const fixture = await prepareLongFixture(work, doc, warmups + runs)
  await cp(join(fixture.dataDir, 'data'), join(work, 'pages', 'data'), { recursive: true })
  const pages = await serveFolder(join(work, 'pages'))
  const backend = new SessionBackend(fixture.corpusDir, work)
  const browser = await launchBrowser()
  try {
    await browser.context.addInitScript({ content: probe })
    const cdp = await browser.context.newCDPSession(browser.page)
    const { product } = await cdp.send('Browser.getVersion')
    const all = subjects(() => backend.fresh(), pages.origin, fixture)
    const paragraphs = doc.text.split('\n').length
    const results: Record<SubjectId, SessionResult[]> = {
      ours: [],
      plainDom: [],
      textAnnotator: [],
    }
    /** Closes what a failed case left open, so the next starts clean. */
    const closeLeftovers = async (): Promise<void> => {
      for (const page of browser.context.pages())
        if (page !== browser.page) await page.close().catch(() => undefined)
    }
    for (let run = -warmups; run < runs; run++) {
      for (const subject of all) {
        const name = `${run < 0 ? 'warm-up' : `run ${run + 1}/${runs}`}: ${subject.title}`
        progress(name)
        const target = fixture.targets[run + warmups]
        if (!target) throw new Error('no edit target left')
        const result = await failures.attempt(`long document, ${name}`, SESSION_TIMEOUT_MS, () =>
          runSession(browser.context, subject, { target, paragraphs, scrollStep: SCROLL_STEP }),
        )
        if (!result) await closeLeftovers()
        else if (run >= 0) results[subject.id].push(result)
      }
    }
    let libraryRevive = null
    if (options.libraryRevive) {
      progress('text-annotator resolving the selectors itself (one run)')
      libraryRevive = await failures.attempt(
        'long document, text-annotator resolving the selectors itself',
        REVIVE_TIMEOUT_MS,
        () => runLibraryReviveOpen(browser.context, pages.origin, paragraphs),
      )
      if (!libraryRevive) await closeLeftovers()
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
    await backend.close()
  }
}
