import { describe, expect, it } from 'vitest'
import { focusedElement, focusedIn, tabOutside } from './support/focus.ts'
import { withSampleSession } from './support/session.ts'

describe('dialogs own the keyboard', () => {
  const sample = withSampleSession()

  it('Ctrl+, opens the schema editor with focus in it; Tab stays inside; Esc closes it and the text has focus again', async () => {
    await sample.ui.clickHighlight('Idlib')
    await expect(focusedIn(sample.ui.page, '.reader-text')).resolves.toBe(true)
    await sample.ui.press('Control+,')
    const dialog = sample.ui.page.getByRole('dialog', { name: 'Schema' })
    await dialog.waitFor()
    expect(await focusedElement(sample.ui.page)).toMatch(/div “Schema”/)
    expect(await tabOutside(sample.ui.page, '[role="dialog"]', 60)).toEqual([])
    await sample.ui.press('Shift+Tab')
    await expect(focusedIn(sample.ui.page, '[role="dialog"]')).resolves.toBe(true)
    await sample.ui.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect(focusedIn(sample.ui.page, '.reader-text')).resolves.toBe(true)
  })

  it('the export dialog takes focus, closes on Esc at once, and gives focus back to Export…', async () => {
    const button = sample.ui.page.getByRole('button', { name: 'Export…' })
    await button.focus()
    await sample.ui.press('Enter')
    const dialog = sample.ui.page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    await expect(focusedIn(sample.ui.page, '[role="dialog"]')).resolves.toBe(true)
    expect(await tabOutside(sample.ui.page, '[role="dialog"]', 30)).toEqual([])
    await sample.ui.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
  })

  it('the import preview takes focus, keeps Tab inside and closes on Esc', async () => {
    await sample.ui.pickFiles([
      { name: 'new.txt', bytes: 'Shelling hit Maarat al-Numan on Monday.' },
    ])
    await sample.ui.importPreview.waitFor()
    await expect(focusedIn(sample.ui.page, '[role="dialog"]')).resolves.toBe(true)
    expect(await tabOutside(sample.ui.page, '[role="dialog"]', 30)).toEqual([])
    await sample.ui.press('Escape')
    await sample.ui.importPreview.waitFor({ state: 'detached' })
  })
})
