import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleFiles } from './support/fixture.ts'
import { focusedElement, focusedIn } from './support/focus.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('the keyboard from side-panel controls', () => {
  let ui: WorkbenchPage
  let session: Session
  const claims = () => ui.page.getByRole('region', { name: 'Claims' })

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ui } = session)
  })
  afterAll(() => session.close())

  it('c in the status control opens the claims table with focus in it; Esc leaves it for the text', async () => {
    await ui.page.getByLabel('Document status').focus()
    await ui.press('c')
    await claims().waitFor()
    expect(await focusedIn(ui.page, '.claims'), await focusedElement(ui.page)).toBe(true)
    await ui.press('Escape')
    await claims().waitFor({ state: 'detached' })
    expect(await focusedIn(ui.page, '.reader-text'), await focusedElement(ui.page)).toBe(true)
  })

  it('c from the text keeps focus in the claims table, and c again brings it back to the text', async () => {
    await ui.clickHighlight('Idlib')
    expect(await focusedIn(ui.page, '.reader-text'), await focusedElement(ui.page)).toBe(true)
    await ui.press('c')
    await claims().waitFor()
    expect(await focusedIn(ui.page, '.claims'), await focusedElement(ui.page)).toBe(true)
    await ui.press('c')
    await claims().waitFor({ state: 'detached' })
    expect(await focusedIn(ui.page, '.reader-text'), await focusedElement(ui.page)).toBe(true)
  })

  it('in the note field c types, Ctrl+, opens the schema editor, and Esc returns to the text', async () => {
    const note = ui.page.getByLabel('Document note')
    await note.focus()
    await ui.press('c')
    await expect(note.inputValue()).resolves.toBe('c')
    await expect(claims().count()).resolves.toBe(0)
    await ui.press('Control+,')
    const schema = ui.page.getByRole('dialog', { name: 'Schema' })
    await schema.waitFor()
    await ui.press('Escape')
    await schema.waitFor({ state: 'detached' })
    expect(await focusedIn(ui.page, '.note'), await focusedElement(ui.page)).toBe(true)
    await ui.press('Escape')
    expect(await focusedIn(ui.page, '.reader-text'), await focusedElement(ui.page)).toBe(true)
  })

  it('Ctrl+O in the status control asks for files to import', async () => {
    await ui.page.getByLabel('Document status').focus()
    const chooser = ui.page.waitForEvent('filechooser', { timeout: 5000 })
    await ui.press('Control+o')
    await expect(chooser).resolves.toBeTruthy()
  })
})
