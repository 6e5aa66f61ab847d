import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleFiles } from './support/fixture.ts'
import { focusedElement, focusedIn, tabOutside } from './support/focus.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('dialogs own the keyboard', () => {
  let ui: WorkbenchPage
  let session: Session

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ui } = session)
  })
  afterAll(() => session.close())

  it('Ctrl+, opens the schema editor with focus in it; Tab stays inside; Esc closes it and the text has focus again', async () => {
    await ui.clickHighlight('Idlib')
    await expect(focusedIn(ui.page, '.reader-text')).resolves.toBe(true)
    await ui.press('Control+,')
    const dialog = ui.page.getByRole('dialog', { name: 'Schema' })
    await dialog.waitFor()
    expect(await focusedElement(ui.page)).toMatch(/div “Schema”/)
    expect(await tabOutside(ui.page, '[role="dialog"]', 60)).toEqual([])
    await ui.press('Shift+Tab')
    await expect(focusedIn(ui.page, '[role="dialog"]')).resolves.toBe(true)
    await ui.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect(focusedIn(ui.page, '.reader-text')).resolves.toBe(true)
  })

  it('the export dialog takes focus, closes on Esc at once, and gives focus back to Export…', async () => {
    const button = ui.page.getByRole('button', { name: 'Export…' })
    await button.focus()
    await ui.press('Enter')
    const dialog = ui.page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    await expect(focusedIn(ui.page, '[role="dialog"]')).resolves.toBe(true)
    expect(await tabOutside(ui.page, '[role="dialog"]', 30)).toEqual([])
    await ui.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
  })

  it('the import preview takes focus, keeps Tab inside and closes on Esc', async () => {
    await ui.pickFiles([{ name: 'new.txt', bytes: 'Shelling hit Maarat al-Numan on Monday.' }])
    await ui.importPreview.waitFor()
    await expect(focusedIn(ui.page, '[role="dialog"]')).resolves.toBe(true)
    expect(await tabOutside(ui.page, '[role="dialog"]', 30)).toEqual([])
    await ui.press('Escape')
    await ui.importPreview.waitFor({ state: 'detached' })
  })
})
