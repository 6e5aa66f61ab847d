import { beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe.ts'
import { withSampleSession } from './support/session.ts'

describe('axe-core finds no serious or critical violation', () => {
  const sample = withSampleSession()

  beforeAll(async () => {
    // Every label colour on screen: one span of each in the open document.
    for (const [text, key] of [
      ['Idlib', '2'],
      ['Turkish', '1'],
    ] as const) {
      await sample.ui.selectWithKeyboard(text)
      await sample.ui.press(key)
    }
    await sample.ui.waitSaved()
  })

  it('in the reader, with every part of the page in a landmark', async () => {
    expect(await seriousViolations(sample.ui.page, { alsoRules: ['region'] })).toEqual([])
  })

  it('in the claims table', async () => {
    await sample.ui.page.getByRole('button', { name: 'Claims' }).click()
    await sample.ui.page.getByRole('region', { name: 'Claims' }).waitFor()
    expect(await seriousViolations(sample.ui.page)).toEqual([])
    await sample.ui.page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Document' })
      .click()
  })

  it('in the schema editor', async () => {
    await sample.ui.page.getByRole('button', { name: 'Schema…' }).click()
    const dialog = sample.ui.page.getByRole('dialog', { name: 'Schema' })
    await dialog.waitFor()
    expect(await seriousViolations(sample.ui.page)).toEqual([])
    await sample.ui.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('in the export dialog', async () => {
    await sample.ui.page.getByRole('button', { name: 'Export…' }).click()
    const dialog = sample.ui.page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    expect(await seriousViolations(sample.ui.page)).toEqual([])
    await sample.ui.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('in the import preview', async () => {
    await sample.ui.pickFiles([
      { name: 'new.txt', bytes: 'Shelling hit Maarat al-Numan on Monday.' },
    ])
    await sample.ui.importPreviewSummary()
    expect(await seriousViolations(sample.ui.page)).toEqual([])
    await sample.ui.press('Escape')
  })
})
