/**
 * One session of the long-document cases on one page: open the document
 * (first paint with highlights, interactive, heap), tag / relabel / delete /
 * undo at a phrase in the middle of the viewport, then scroll to the end.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { z } from 'zod'
import type { ChangeTarget } from '../lib/probe-types.ts'
import { WorkbenchPage } from '../../tests/e2e/support/workbench-page.ts'
import { Probe } from './probe-client.ts'
import { selectPhrase } from './select-phrase.ts'
import type { Target } from './long-fixture.ts'
import type { Subject } from './subjects.ts'

export interface SessionResult {
  firstPaint: number
  interactive: number
  responsive: number
  heapMB: number
  domHeapMB: number
  tag: number
  relabel: number
  delete: number
  undo: number
  worstScrollFrame: number
  worstScrollLongFrame: number
  scrollFrames: number
}

const HeapUsageSchema = z.object({
  usedSize: z.number(),
  embedderHeapUsedSize: z.number().optional(),
})

const MB = 1024 * 1024
/** Pixels scrolled per frame: about two screens, a fast fling. */
export const SCROLL_STEP = 2000

export interface SessionOptions {
  target: Target
  /** How many paragraphs the long document has. */
  paragraphs: number
  /** Pixels scrolled per frame. */
  scrollStep: number
}

export async function runSession(
  context: BrowserContext,
  subject: Subject,
  options: SessionOptions,
): Promise<SessionResult> {
  const page = await context.newPage()
  try {
    await subject.load(page)
    const probe = new Probe(page)
    await probe.armOpen('click', subject.highlight, subject.paragraphs, options.paragraphs)
    await page.locator(subject.opener).click()
    const open = await probe.openResult()
    const heap = await heapAfterGc(page)

    const ui = new WorkbenchPage(page)
    const edit = async (key: string): Promise<number> => {
      await probe.armChange('keydown', changeTarget(subject, options.target.phrase))
      await ui.press(key)
      const { painted } = await probe.changeResult()
      await subject.settle(page)
      return painted
    }
    await selectPhrase(page, options.target.phrase)
    await page.waitForTimeout(200)
    const tag = await edit('1')
    const relabel = await edit('2')
    const del = await edit('Delete')
    const undo = await edit('Control+z')

    const scroll = await probe.scroll('.reader', options.scrollStep)
    return {
      firstPaint: open.painted,
      interactive: open.interactive,
      responsive: open.responsive,
      heapMB: heap.usedSize / MB,
      domHeapMB: (heap.embedderHeapUsedSize ?? 0) / MB,
      tag,
      relabel,
      delete: del,
      undo,
      worstScrollFrame: scroll.worstFrame,
      worstScrollLongFrame: scroll.worstLongFrame,
      scrollFrames: scroll.frames,
    }
  } finally {
    await page.close()
  }
}

/** The paragraph holding `phrase` (or the page's highlight layer) is where an edit must show. */
export function changeTarget(subject: Subject, phrase: string): ChangeTarget {
  return {
    root: '.reader-text',
    paragraphs: subject.paragraphs,
    phrase,
    layer: subject.highlightLayer,
  }
}

/** V8's used heap (and Blink's, where reported) after a full garbage collection. */
async function heapAfterGc(page: Page): Promise<z.infer<typeof HeapUsageSchema>> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    return HeapUsageSchema.parse(await cdp.send('Runtime.getHeapUsage'))
  } finally {
    await cdp.detach()
  }
}

/**
 * text-annotator opening the document with the selectors resolved by the
 * library itself (`?revive=library`): its documented loading path, which
 * walks the text from the start for every annotation. Slow enough to run once.
 */
export async function runLibraryReviveOpen(
  context: BrowserContext,
  origin: string,
  paragraphs: number,
): Promise<{ firstPaint: number; interactive: number }> {
  const page = await context.newPage()
  try {
    await page.goto(`${origin}/text-annotator.html?revive=library`)
    const probe = new Probe(page)
    await probe.armOpen(
      'click',
      '.r6o-span-highlight-layer .r6o-annotation',
      '.reader-text p[data-start]',
      paragraphs,
    )
    await page.locator('#open').click()
    const open = await probe.openResult()
    return { firstPaint: open.painted, interactive: open.interactive }
  } finally {
    await page.close()
  }
}
