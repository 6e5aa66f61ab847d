import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi, spanAt } from '../support/backend.ts'
import { savedSpans } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'

/** 400 paragraphs: the reader paints the first chunk, then renders the rest after the first paint. */
const PARAGRAPHS = Array.from(
  { length: 400 },
  (_, i) => `Dispatch ${i + 1}: shelling near Saraqib was reported by observer number ${i + 1}.`,
)
const TEXT = PARAGRAPHS.join('\n')

/** Code point offsets of `quote` in paragraph `n` (1-based). */
function at(n: number, quote: string): [number, number] {
  const start = TEXT.indexOf(`Dispatch ${n}:`) + (PARAGRAPHS[n - 1] ?? '').indexOf(quote)
  return [start, start + quote.length]
}

describe('a long document, rendered a chunk at a time', () => {
  let session: Session
  const docId = () => session.ws.docIds[0] ?? ''

  beforeAll(async () => {
    session = await openSession({ 'long.txt': TEXT })
    const { ws, ui } = session
    const [start, end] = at(390, 'Saraqib')
    const added = await callApi(ws.server.port, ws.server.token, 'annotations.apply', {
      docId: docId(),
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(TEXT, start, end, 'PLACE', 'far') }],
    })
    expect(added.ok).toBe(true)
    await ui.open(ws.url)
  })
  afterAll(() => session.close())

  it('shows the whole text once every chunk is in', async () => {
    const { browser, ui } = session
    await browser.page.waitForFunction(
      (n) => document.querySelectorAll('.reader-text [data-slate-node="element"]').length === n,
      PARAGRAPHS.length,
    )
    await expect(ui.documentText()).resolves.toBe(TEXT)
  })

  it('paints a highlight near the end of the document when it is scrolled into view', async () => {
    const { ui } = session
    await ui.page.locator('.reader-text p', { hasText: 'Dispatch 390:' }).scrollIntoViewIfNeeded()
    await expect
      .poll(() => ui.highlightLabelsAt('Saraqib was reported by observer number 390'))
      .toEqual(['PLACE'])
  })

  it('lets the highlights of paragraphs far from the view go, and draws them again on return', async () => {
    const { ui } = session
    const far = ui.page.locator('.reader .hl', { hasText: 'Saraqib' })
    await ui.page.locator('.reader').evaluate((reader) => (reader.scrollTop = 0))
    await expect.poll(() => far.count()).toBe(0)
    await ui.page.locator('.reader-text p', { hasText: 'Dispatch 390:' }).scrollIntoViewIfNeeded()
    await expect
      .poll(() => ui.highlightLabelsAt('Saraqib was reported by observer number 390'))
      .toEqual(['PLACE'])
  })

  it('brings a far span chosen in the list into view, highlighted and selected', async () => {
    const { ui } = session
    await ui.page.locator('.reader').evaluate((reader) => (reader.scrollTop = 0))
    await ui.page.locator('.span-row', { hasText: 'Saraqib' }).click()
    const far = ui.page.locator('.reader .hl', { hasText: 'Saraqib' })
    await far.waitFor()
    const inView = () =>
      far.evaluate((el) => {
        const box = el.getBoundingClientRect()
        const view = el.closest('.reader')?.getBoundingClientRect()
        return !!view && box.bottom > view.top && box.top < view.bottom
      })
    await expect.poll(inView).toBe(true)
    await expect(ui.selectedAnnotation()).resolves.toContain('PLACE Saraqib')
  })

  it('tags words far down the document, and relabels them, painting one paragraph', async () => {
    const { ws, ui } = session
    await ui.selectWithMouse('observer number 377')
    await ui.press('1')
    await ui.expectAnnotations(['ACTOR observer number 377', 'PLACE Saraqib'])
    await ui.press('4')
    await ui.expectAnnotations(['ATTRIBUTION observer number 377', 'PLACE Saraqib'])
    await expect(ui.highlightLabelsAt('observer number 377')).resolves.toEqual(['ATTRIBUTION'])
    await ui.waitSaved()
    const [start, end] = at(377, 'observer number 377')
    await expect(savedSpans(ws.dir, docId())).resolves.toEqual([
      `ATTRIBUTION observer number 377 ${start}-${end}`,
      `PLACE Saraqib ${at(390, 'Saraqib').join('-')}`,
    ])
  })
})
