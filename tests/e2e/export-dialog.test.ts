import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../support/backend.ts'
import { sampleFiles } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('exporting a split brat dataset from the export dialog', () => {
  let ui: WorkbenchPage
  let session: Session

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ui } = session)
    await ui.openDocument('Home / News / Idlib')
  })
  afterAll(() => session.close())

  it('chooses the format, a split and a seed, shows progress, and downloads the folder as a zip', async () => {
    await ui.selectWithKeyboard('Idlib', 2)
    await ui.press('2')
    await ui.waitSaved()

    const page = ui.page
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel('Format').selectOption('brat')
    await expect(dialog.getByText('a folder of .txt and .ann').isVisible()).resolves.toBe(true)
    await dialog.getByLabel('Split by document').check()
    await dialog.getByLabel('seed').fill('3')
    await dialog.getByLabel('Casualty figure').uncheck()
    await dialog.getByLabel('Include documents without annotations').check()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export and download' }).click()
    const file = await download
    await dialog.getByText(/Exported 5 documents, 1 span, downloading/).waitFor()
    await expect(dialog.getByLabel('Export progress').getAttribute('value')).resolves.toBe('5')

    const path = join(await tempDir(), 'export.zip')
    await file.saveAs(path)
    const zip = await JSZip.loadAsync(await readFile(path))
    const names = Object.keys(zip.files).filter((n) => !n.endsWith('/'))
    const folder = names[0]?.split('/')[0] ?? ''
    expect(names.filter((n) => n.endsWith('.ann'))).toHaveLength(5)
    expect(names).toContain(`${folder}/annotation.conf`)
    const card = (await zip.file(`${folder}/README.md`)?.async('string')) ?? ''
    expect(card).toContain('| Split | 80/10/10, seed 3 |')
    expect(card).toContain(
      '| Filters | labels: ACTOR, PLACE, ATTRIBUTION; documents without annotations included |',
    )
    const anns = await Promise.all(
      names
        .filter((n) => n.endsWith('.ann'))
        .map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')),
    )
    expect(anns.join('')).toMatch(/^T1\tPLACE \d+ \d+\tIdlib$/m)
  })

  it('leaves untouched documents out by default, says so, and zips a single file with its card', async () => {
    const page = ui.page
    // The first test's dialog is still open, done.
    await page
      .getByRole('dialog', { name: 'Export' })
      .getByRole('button', { name: 'Close' })
      .click()
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel('Format').selectOption('conll')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export and download' }).click()
    const file = await download
    await dialog.getByText(/Exported 1 document, 1 span, downloading/).waitFor()
    await dialog.getByText(/Warning: 4 documents without annotations/).waitFor()
    const path = join(await tempDir(), 'export.zip')
    await file.saveAs(path)
    const zip = await JSZip.loadAsync(await readFile(path))
    const names = Object.keys(zip.files).sort()
    expect(names.filter((n) => n.endsWith('.card.md'))).toHaveLength(1)
    expect(names.filter((n) => n.endsWith('.conll'))).toHaveLength(1)
  })

  it('the quick Export JSONL runs as a job too: every document, downloaded as a zip with its card', async () => {
    const page = ui.page
    await page
      .getByRole('dialog', { name: 'Export' })
      .getByRole('button', { name: 'Close' })
      .click()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export JSONL' }).click()
    const file = await download
    await page
      .locator('.notice')
      .getByText(/Exported 5 documents, 1 span, downloading/)
      .waitFor()
    const path = join(await tempDir(), 'export.zip')
    await file.saveAs(path)
    const zip = await JSZip.loadAsync(await readFile(path))
    const names = Object.keys(zip.files).sort()
    const jsonl = names.find((n) => n.endsWith('.jsonl')) ?? ''
    expect(names).toContain(`${jsonl}.card.md`)
    const lines = ((await zip.file(jsonl)?.async('string')) ?? '').trim().split('\n')
    expect(lines).toHaveLength(5)
  })
})
