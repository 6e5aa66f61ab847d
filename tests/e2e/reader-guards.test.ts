import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from './support/browser.ts'
import { sampleFiles, savedAnnotations, savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('the reader keeps the text as imported and snaps selections to words', () => {
  let ws: Workspace
  let browser: Browser
  let ui: WorkbenchPage
  let session: Session
  let original: string

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ws, browser, ui } = session)
    original = await ui.documentText()
  })
  afterAll(() => session.close())

  it('typing, Enter, Backspace and Delete over a selection change nothing', async () => {
    await ui.selectWithMouse('IED attack')
    for (const key of ['x', 'Enter', 'Backspace', 'Delete', 'Space']) await ui.press(key)
    await browser.page.keyboard.type('hello')
    await browser.page.keyboard.insertText('inserted')
    await expect(ui.documentText()).resolves.toBe(original)
  })

  it('paste, cut and drop change nothing', async () => {
    await ui.selectWithMouse('IED attack')
    await ui.reader.evaluate((el) => {
      const data = new DataTransfer()
      data.setData('text/plain', 'PASTED')
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
      el.dispatchEvent(
        new ClipboardEvent('cut', {
          clipboardData: new DataTransfer(),
          bubbles: true,
          cancelable: true,
        }),
      )
      el.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      )
      document.execCommand('insertText', false, 'EXEC')
    })
    await expect(ui.documentText()).resolves.toBe(original)
    await expect(savedAnnotations(ws.dir, ws.docIds[0] ?? '')).resolves.toBeNull()
  })

  it('a sloppy selection snaps to whole words', async () => {
    await ui.selectWithMouse('urkish Ar')
    await ui.press('1')
    await ui.expectAnnotations(['ACTOR Turkish Army'])
  })

  it('with snapping off (w), the exact characters are tagged', async () => {
    await ui.press('w')
    await expect(browser.page.getByLabel('Snap to words').isChecked()).resolves.toBe(false)
    await ui.selectWithMouse('Casualt')
    await ui.press('3')
    await ui.expectAnnotations(['ACTOR Turkish Army', 'CASUALTY_FIGURE Casualt'])
    await ui.waitSaved()
    await expect(savedSpans(ws.dir, ws.docIds[0] ?? '')).resolves.toEqual([
      'ACTOR Turkish Army 7-19',
      'CASUALTY_FIGURE Casualt 28-35',
    ])
    await expect(ui.documentText()).resolves.toBe(original)
  })

  it('a label key without a selection says what to do', async () => {
    await ui.press('Escape')
    await ui.press('2')
    await expect(browser.page.locator('.notice').innerText()).resolves.toContain(
      'Select some text first',
    )
  })
})
