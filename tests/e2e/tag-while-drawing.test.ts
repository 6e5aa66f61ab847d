import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi, spanAt } from '../support/backend.ts'
import type { Span } from '../../shared/contract/model.ts'
import { savedSpans } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

/**
 * A long document full of highlights: after opening, the reader keeps
 * drawing them (near the view, then in the background) for a while. Tags made
 * meanwhile must all land, and tagging must never move the view.
 */
const COUNT = 2000
const PARAGRAPHS = Array.from(
  { length: COUNT },
  (_, i) =>
    `Report ${i + 1}: shelling near Saraqib and Maarat al-Numan was reported by observer number ${i + 1} of the monitoring group, who counted casualties among civilians.`,
)
const TEXT = PARAGRAPHS.join('\n')
const STARTS = PARAGRAPHS.reduce<number[]>((acc, p, i) => {
  acc.push(i === 0 ? 0 : (acc[i - 1] ?? 0) + (PARAGRAPHS[i - 1] ?? '').length + 1)
  return acc
}, [])

/** Offsets (ASCII text: code points = UTF-16) of `quote` in paragraph `n` (1-based). */
function at(n: number, quote: string): [number, number] {
  const start = (STARTS[n - 1] ?? 0) + (PARAGRAPHS[n - 1] ?? '').indexOf(quote)
  return [start, start + quote.length]
}

function existingSpans(): Span[] {
  const spans: Span[] = []
  for (let n = 1; n <= COUNT; n++) {
    for (const [quote, label] of [
      ['Saraqib', 'PLACE'],
      ['Maarat al-Numan', 'PLACE'],
      ['monitoring group', 'ACTOR'],
      ['civilians', 'ACTOR'],
    ] as const) {
      const [start, end] = at(n, quote)
      spans.push(spanAt(TEXT, start, end, label, `e${n}-${quote.length}`))
    }
  }
  return spans
}

/** The labels of the spans that begin where `phrase` does in the reader. */
function labelsStartingAt(page: Page, phrase: string): Promise<string | null> {
  return page.evaluate((phrase) => {
    const root = document.querySelector('.reader-text')
    const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const leaf = n.parentElement?.closest('[data-spans]')
      if ((n as Text).data.startsWith(phrase)) return leaf?.getAttribute('data-start') ?? null
    }
    return null
  }, phrase)
}

/** Scrolls the reader as a user flings it, to about paragraph `n`, and waits for its text. */
async function scrollNear(page: Page, n: number): Promise<void> {
  const paragraph = page.locator('.reader-text p', { hasText: `Report ${n}:` })
  for (let i = 0; i < 50 && !(await paragraph.count()); i++) {
    await page.locator('.reader').evaluate((el, n) => {
      const p = el.querySelector('p')
      el.scrollTop = (n - 1) * (p?.getBoundingClientRect().height ?? 38)
    }, n)
    await page.waitForTimeout(50)
  }
  await paragraph.scrollIntoViewIfNeeded()
}

/**
 * Drags over `phrase`. On a busy machine the text may still settle under the
 * pointer while a chunk above comes in: like a user, select again until the
 * phrase is what is selected.
 */
async function selectExactly(ui: WorkbenchPage, phrase: string): Promise<void> {
  for (let tries = 0; tries < 5 && (await ui.selection()) !== phrase; tries++)
    await ui.selectWithMouse(phrase)
  expect(await ui.selection()).toBe(phrase)
}

/** Paragraphs far from the first screen, in the order they are tagged. */
const TARGETS = [1400, 600, 1900, 1000, 1650]

describe('tagging a long document while its highlights are still being drawn', () => {
  let session: Session
  const docId = () => session.ws.docIds[0] ?? ''

  beforeAll(async () => {
    session = await openSession({ 'long.txt': TEXT })
    const { ws } = session
    const added = await callApi(ws.server.port, ws.server.token, 'annotations.apply', {
      docId: docId(),
      revision: 0,
      ops: existingSpans().map((span) => ({ op: 'addSpan', span })),
    })
    expect(added.ok).toBe(true)
  })
  afterAll(() => session.close())

  it('keeps every tag, leaves the view where it was, and saves each span', async () => {
    const { ws, ui } = session
    await ui.open(ws.url)
    const scrollTop = () => ui.page.locator('.reader').evaluate((el) => el.scrollTop)
    for (const n of TARGETS) {
      const phrase = `observer number ${n}`
      await scrollNear(ui.page, n)
      await selectExactly(ui, phrase)
      const before = await scrollTop()
      await ui.press('1')
      await expect.poll(() => labelsStartingAt(ui.page, phrase), { timeout: 5000 }).toBe('ACTOR')
      expect(Math.abs((await scrollTop()) - before)).toBeLessThanOrEqual(2)
    }
    expect((await ui.page.locator('.notice').allInnerTexts()).join(' ')).not.toContain('Select')
    await ui.waitSaved()
    const saved = await savedSpans(ws.dir, docId())
    for (const n of TARGETS) {
      const [start, end] = at(n, `observer number ${n}`)
      expect(saved).toContain(`ACTOR observer number ${n} ${start}-${end}`)
    }
    expect(saved).toHaveLength(COUNT * 4 + TARGETS.length)
  })

  it('leaves the caret at the end of the new span, so a keyboard selection goes on from there', async () => {
    const { ui } = session
    await selectExactly(ui, 'observer number 1201 of the')
    await ui.press('2')
    for (let i = 0; i < 3; i++) await ui.press('Shift+ArrowRight')
    await expect(ui.selection()).resolves.toBe(' mo')
  })
})
