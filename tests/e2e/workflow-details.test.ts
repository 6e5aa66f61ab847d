import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../support/backend.ts'
import { withSampleSession } from './support/session.ts'

const NEW_TEXT = 'Shelling hit Maarat al-Numan on Monday, wounding two children.'

describe('import, restart and export, as a user expects them', () => {
  const sample = withSampleSession()

  it('after an import the new document is open, and the preview counts in words', async () => {
    const { ui } = sample
    await ui.openDocument('Video: Turkish')
    await ui.pickFiles([{ name: 'maarat.txt', bytes: NEW_TEXT }])
    await expect(ui.importPreviewSummary()).resolves.toBe('1 file, 1 document: 1 to import.')
    const results = await ui.importFromPreview()
    await results.getByRole('button', { name: 'Close' }).click()
    await ui.page.locator('.topbar .doc-name', { hasText: 'Shelling hit Maarat' }).waitFor()
    await expect(ui.documentText()).resolves.toBe(NEW_TEXT)
  })

  it('a restart opens the document that was open last', async () => {
    const { ui, session } = sample
    // Not the first in the list, which is what opened before.
    const titles = await ui.page.locator('.doc').allInnerTexts()
    const last = (titles[titles.length - 1] ?? '').split('\n')[0]?.slice(0, 20) ?? ''
    expect(titles[0]).not.toContain(last)
    await ui.openDocument(last)
    await session.ws.restart()
    await ui.open(session.ws.url)
    await ui.page.locator('.topbar .doc-name', { hasText: last }).waitFor({ timeout: 5000 })
  })

  it('the export dialog picks documents by title', async () => {
    const { ui } = sample
    await ui.page.getByRole('button', { name: 'Export…' }).click()
    const dialog = ui.page.getByRole('dialog', { name: 'Export' })
    await dialog.getByPlaceholder('find by title').fill('maarat shelling')
    const list = dialog.getByRole('list', { name: 'Documents to export' })
    await expect(list.getByRole('checkbox').count()).resolves.toBe(1)
    await list.getByLabel(/Shelling hit Maarat/).check()
    await dialog.getByText('1 document chosen').waitFor()
    // It has no annotations yet: untouched documents are left out unless asked for.
    await dialog.getByLabel(/Include documents without annotations/).check()
    const download = ui.page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export and download' }).click()
    const path = join(await tempDir(), 'out.zip')
    await (await download).saveAs(path)
    const zip = await JSZip.loadAsync(await readFile(path))
    const data = Object.keys(zip.files).find((n) => n.endsWith('.jsonl')) ?? ''
    const lines = ((await zip.file(data)?.async('string')) ?? '').trim().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { text: string }).text)).toEqual([NEW_TEXT])
  })
})
