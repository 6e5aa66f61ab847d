import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AnnotationSetSchema } from '../../shared/contract/model.ts'
import { cleanup } from '../support/backend.ts'
import { launchBrowser, type Browser } from './support/browser.ts'
import { savedSpans, serveCorpus, type Workspace } from './support/fixture.ts'
import { WorkbenchPage } from './support/workbench-page.ts'

describe('importing files, leaving mid-edit, and switching annotator', () => {
  let ws: Workspace
  let browser: Browser
  let ui: WorkbenchPage

  beforeAll(async () => {
    ws = await serveCorpus({ 'first.txt': 'Shelling hit Maarat al-Numan on Monday.' })
    browser = await launchBrowser()
    ui = new WorkbenchPage(browser.page)
    browser.page.on('dialog', (dialog) => void dialog.accept())
    await ui.open(ws.url)
  })
  afterAll(async () => {
    await browser.close()
    await cleanup()
  })

  it('previews .txt files from the file picker, imports them, and reports the ones it refuses', async () => {
    await ui.pickFiles([
      { name: 'crlf.txt', bytes: 'Clashes in Afrin\r\nTwo fighters died.\r\n' },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
      { name: 'first-again.txt', bytes: 'Shelling hit Maarat al-Numan on Monday.' },
    ])
    await expect(ui.importPreviewSummary()).resolves.toMatch(
      /^3 files, 2 documents: 1 to import, 1 problem/,
    )
    await expect(browser.page.locator('.doc').count()).resolves.toBe(1)
    const dialog = await ui.importFromPreview()
    await expect(dialog.locator('p').first().innerText()).resolves.toBe(
      '1 imported, 1 already in the corpus, 0 skipped, 1 failed.',
    )
    await expect(dialog.locator('.import-error').innerText()).resolves.toContain(
      'empty.txt: the file is empty',
    )
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(browser.page.locator('.doc').count()).resolves.toBe(2)
  })

  it('imports a file dropped onto the window', async () => {
    await ui.importFiles(
      [{ name: 'dropped.txt', bytes: 'Airstrikes on Ariha killed 5 civilians.' }],
      'drop',
    )
    await expect(browser.page.locator('.doc').count()).resolves.toBe(3)
    await ui.openDocument('Airstrikes on Ariha')
    await expect(ui.documentText()).resolves.toBe('Airstrikes on Ariha killed 5 civilians.')
  })

  it('an edit made just before leaving the page is saved', async () => {
    await ui.openDocument('Clashes in Afrin')
    await expect(ui.documentText()).resolves.toBe('Clashes in Afrin\nTwo fighters died.\n')
    await ui.selectWithMouse('Two fighters')
    await ui.press('3')
    await browser.page.goto('about:blank')
    const docId = await idOf('Clashes in Afrin')
    await expect
      .poll(() => savedSpans(ws.dir, docId), { timeout: 5000 })
      .toEqual(['CASUALTY_FIGURE Two fighters 17-29'])
  })

  it('a new annotator name keeps that annotator’s work in their own folder', async () => {
    await ui.open(ws.url)
    await browser.page.getByRole('button', { name: /Annotator/ }).click()
    await browser.page.getByLabel('Annotator').fill('alice')
    await browser.page.getByRole('button', { name: 'Save', exact: true }).click()
    await browser.page.getByRole('button', { name: /Annotator: alice/ }).waitFor()
    await ui.openDocument('Shelling hit')
    await ui.selectWithMouse('Maarat al-Numan')
    await ui.press('2')
    await ui.waitSaved()
    const docId = await idOf('Shelling hit')
    const raw = await readFile(join(ws.dir, 'annotations', 'alice', `${docId}.json`), 'utf8')
    expect(AnnotationSetSchema.parse(JSON.parse(raw)).spans.map((s) => s.text)).toEqual([
      'Maarat al-Numan',
    ])
    await expect(savedSpans(ws.dir, docId)).resolves.toEqual([])
  })

  async function idOf(titleStart: string): Promise<string> {
    for (const name of await readdir(join(ws.dir, 'documents'))) {
      const doc = JSON.parse(await readFile(join(ws.dir, 'documents', name), 'utf8')) as {
        id: string
        title: string
      }
      if (doc.title.startsWith(titleStart)) return doc.id
    }
    throw new Error(`no document titled ${titleStart}`)
  }
})
