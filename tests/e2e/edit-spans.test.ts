import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from './support/browser.ts'
import { sampleFiles, savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('overlapping spans, relabel, delete, undo and redo', () => {
  let ws: Workspace
  let browser: Browser
  let ui: WorkbenchPage
  let session: Session
  const onDisk = async () => {
    await ui.waitSaved()
    return savedSpans(ws.dir, ws.docIds[0] ?? '')
  }

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ws, browser, ui } = session)
  })
  afterAll(() => session.close())

  it('tags a keyboard selection (click, then Shift+arrows)', async () => {
    await ui.selectWithKeyboard('Turkish Defense Ministry')
    await expect(ui.selection()).resolves.toBe('Turkish Defense Ministry')
    await ui.press('1')
    await ui.expectAnnotations(['ACTOR Turkish Defense Ministry'])
    await expect(onDisk()).resolves.toEqual(['ACTOR Turkish Defense Ministry 155-179'])
  })

  it('an overlapping, enclosing span is added and both stay visible', async () => {
    await ui.selectWithMouse('the Turkish Defense Ministry reported')
    await ui.press('4')
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'ACTOR Turkish Defense Ministry',
    ])
    await expect(ui.highlightLabelsAt('Defense')).resolves.toEqual(['ATTRIBUTION', 'ACTOR'])
    await expect(ui.highlightLabelsAt('reported late')).resolves.toEqual(['ATTRIBUTION'])
    // Each covering span draws its own underline band on its own track; only the innermost tints.
    const look = (text: string) =>
      ui.page
        .locator('.reader .hl', { hasText: text })
        .first()
        .evaluate((el) => {
          const style = getComputedStyle(el)
          return { tint: style.backgroundColor, underlines: style.boxShadow }
        })
    await expect(look('Defense')).resolves.toEqual({
      tint: 'rgba(31, 119, 180, 0.2)',
      underlines:
        'rgb(148, 103, 189) 0px 2px 0px 0px, rgb(247, 247, 245) 0px 3px 0px 0px, rgb(31, 119, 180) 0px 5px 0px 0px',
    })
    await expect(look('reported')).resolves.toEqual({
      tint: 'rgba(148, 103, 189, 0.2)',
      underlines: 'rgb(148, 103, 189) 0px 2px 0px 0px',
    })
    await expect(onDisk()).resolves.toEqual([
      'ATTRIBUTION the Turkish Defense Ministry reported 151-188',
      'ACTOR Turkish Defense Ministry 155-179',
    ])
  })

  it('a partly overlapping span paints the shared word with both labels, and undo removes it', async () => {
    await ui.selectWithMouse('reported late on May 27')
    await ui.press('2')
    await expect(ui.highlightLabelsAt('reported late')).resolves.toEqual(['ATTRIBUTION', 'PLACE'])
    await expect(ui.highlightLabelsAt('late on May')).resolves.toEqual(['PLACE'])
    await expect(ui.highlightLabelsAt('Ministry reported')).resolves.toEqual([
      'ATTRIBUTION',
      'ACTOR',
    ])
    await ui.press('Control+z')
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'ACTOR Turkish Defense Ministry',
    ])
  })

  it('clicking a highlight selects the innermost span; pressing 2 relabels it', async () => {
    await ui.clickHighlight('Defense')
    await expect(browser.page.locator('.span-row.selected .span-text').innerText()).resolves.toBe(
      'Turkish Defense Ministry',
    )
    await ui.press('2')
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'PLACE Turkish Defense Ministry',
    ])
    await expect(onDisk()).resolves.toContain('PLACE Turkish Defense Ministry 155-179')
  })

  it('clicking again walks outwards to the enclosing span', async () => {
    await ui.clickHighlight('Defense')
    await expect(browser.page.locator('.span-row.selected .span-text').innerText()).resolves.toBe(
      'the Turkish Defense Ministry reported',
    )
  })

  it('Delete removes the selected span; undo brings it back; redo removes it again', async () => {
    await ui.press('Delete')
    await ui.expectAnnotations(['PLACE Turkish Defense Ministry'])
    await expect(onDisk()).resolves.toEqual(['PLACE Turkish Defense Ministry 155-179'])
    await ui.press('Control+z')
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'PLACE Turkish Defense Ministry',
    ])
    await expect(onDisk()).resolves.toHaveLength(2)
    await ui.press('Control+Shift+z')
    await ui.expectAnnotations(['PLACE Turkish Defense Ministry'])
    await expect(onDisk()).resolves.toEqual(['PLACE Turkish Defense Ministry 155-179'])
  })

  it('undo walks back through relabel and add, redo forward again', async () => {
    await ui.press('Control+z')
    await ui.press('Control+z')
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'ACTOR Turkish Defense Ministry',
    ])
    await expect(onDisk()).resolves.toContain('ACTOR Turkish Defense Ministry 155-179')
    await ui.press('Control+Shift+z')
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'PLACE Turkish Defense Ministry',
    ])
    await expect(onDisk()).resolves.toContain('PLACE Turkish Defense Ministry 155-179')
  })

  it('Backspace deletes a selected span too, and the toolbar undo restores it', async () => {
    await browser.page.locator('.span-row', { hasText: 'PLACE' }).click()
    await ui.press('Backspace')
    await ui.expectAnnotations(['ATTRIBUTION the Turkish Defense Ministry reported'])
    await browser.page.getByRole('button', { name: 'Undo' }).click()
    await ui.expectAnnotations([
      'ATTRIBUTION the Turkish Defense Ministry reported',
      'PLACE Turkish Defense Ministry',
    ])
    await expect(onDisk()).resolves.toHaveLength(2)
  })
})
