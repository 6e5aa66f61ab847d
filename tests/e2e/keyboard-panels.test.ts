import { describe, expect, it } from 'vitest'
import { focusedElement, focusedIn } from './support/focus.ts'
import { withSampleSession } from './support/session.ts'

describe('the keyboard from side-panel controls', () => {
  const sample = withSampleSession()
  const claims = () => sample.ui.page.getByRole('region', { name: 'Claims' })

  it('c in the status control opens the claims table with focus in it; Esc leaves it for the text', async () => {
    await sample.ui.page.getByLabel('Document status').focus()
    await sample.ui.press('c')
    await claims().waitFor()
    expect(await focusedIn(sample.ui.page, '.claims'), await focusedElement(sample.ui.page)).toBe(
      true,
    )
    await sample.ui.press('Escape')
    await claims().waitFor({ state: 'detached' })
    expect(
      await focusedIn(sample.ui.page, '.reader-text'),
      await focusedElement(sample.ui.page),
    ).toBe(true)
  })

  it('c from the text keeps focus in the claims table, and c again brings it back to the text', async () => {
    await sample.ui.clickHighlight('Idlib')
    expect(
      await focusedIn(sample.ui.page, '.reader-text'),
      await focusedElement(sample.ui.page),
    ).toBe(true)
    await sample.ui.press('c')
    await claims().waitFor()
    expect(await focusedIn(sample.ui.page, '.claims'), await focusedElement(sample.ui.page)).toBe(
      true,
    )
    await sample.ui.press('c')
    await claims().waitFor({ state: 'detached' })
    expect(
      await focusedIn(sample.ui.page, '.reader-text'),
      await focusedElement(sample.ui.page),
    ).toBe(true)
  })

  it('in the note field c types, Ctrl+, opens the schema editor, and Esc returns to the text', async () => {
    const note = sample.ui.page.getByLabel('Document note')
    await note.focus()
    await sample.ui.press('c')
    await expect(note.inputValue()).resolves.toBe('c')
    await expect(claims().count()).resolves.toBe(0)
    await sample.ui.press('Control+,')
    const schema = sample.ui.page.getByRole('dialog', { name: 'Schema' })
    await schema.waitFor()
    await sample.ui.press('Escape')
    await schema.waitFor({ state: 'detached' })
    expect(await focusedIn(sample.ui.page, '.note'), await focusedElement(sample.ui.page)).toBe(
      true,
    )
    await sample.ui.press('Escape')
    expect(
      await focusedIn(sample.ui.page, '.reader-text'),
      await focusedElement(sample.ui.page),
    ).toBe(true)
  })

  it('Ctrl+O in the status control asks for files to import', async () => {
    await sample.ui.page.getByLabel('Document status').focus()
    const chooser = sample.ui.page.waitForEvent('filechooser', { timeout: 5000 })
    await sample.ui.press('Control+o')
    await expect(chooser).resolves.toBeTruthy()
  })
})
