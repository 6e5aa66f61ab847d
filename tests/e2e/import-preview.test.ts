import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentRecordSchema, type DocumentRecord } from '../../shared/contract/model.ts'
import { ROOT } from '../support/backend.ts'
import type { Browser } from './support/browser.ts'
import { savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { ImportFile, WorkbenchPage } from './support/workbench-page.ts'

const WEB = '000_a9fb279703f33800.txt'
const PDF_COPY = '001_45a219f9f37d8a06.txt'
const OTHER_SITE = '002_99a2495ee20e7a0a.txt'
const WEB_TITLE = 'Video: Turkish Army Suffers Casualties in Southern Idlib'
const BINARY = 'scan.txt'

async function samples(): Promise<ImportFile[]> {
  const folder = join(ROOT, 'assets', 'sample')
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort()
  return Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(folder, name)) })),
  )
}

async function stored(dir: string): Promise<DocumentRecord[]> {
  const names = await readdir(join(dir, 'documents'))
  return Promise.all(
    names.map(async (n) =>
      DocumentRecordSchema.parse(JSON.parse(await readFile(join(dir, 'documents', n), 'utf8'))),
    ),
  )
}

async function storedFrom(dir: string, fileName: string): Promise<DocumentRecord> {
  const doc = (await stored(dir)).find((d) => d.source.fileName === fileName)
  if (!doc) throw new Error(`${fileName} was not stored`)
  return doc
}

describe('the import preview: cleanup, boilerplate and near-duplicates before anything is stored', () => {
  let ws: Workspace
  let browser: Browser
  let ui: WorkbenchPage
  let session: Session

  beforeAll(async () => {
    session = await openSession({ 'first.txt': 'Shelling hit Maarat al-Numan on Monday.' })
    ;({ ws, browser, ui } = session)
  })
  afterAll(() => session.close())

  /** The preview of one document of the batch, chosen in the dialog's list. */
  async function showDocument(titleStart: string) {
    await ui.importPreview
      .getByRole('navigation', { name: 'Documents to import' })
      .getByRole('button', { name: titleStart })
      .click()
    const pane = ui.importPreview.locator('.document-pane')
    await pane.locator('h3', { hasText: titleStart }).waitFor()
    return pane
  }

  async function previewText(): Promise<string> {
    return ui.importPreview.locator('.preview-text').evaluate((el) => el.textContent ?? '')
  }

  it('shows each sample cleaned, its decisions and flags, and the broken file’s reason', async () => {
    await ui.dropFiles([
      ...(await samples()),
      { name: BINARY, bytes: new Uint8Array([0x25, 0x50, 0x00, 0x01, 0xff, 0x00, 0x9c]) },
    ])
    const dialog = ui.importPreview
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true')
    await expect(ui.importPreviewSummary()).resolves.toBe(
      '6 files, 5 documents: 5 to import, 1 near-duplicate, 1 problem.',
    )
    await expect(dialog.locator('.import-error').innerText()).resolves.toBe(
      `${BINARY}: looks like a binary file (it contains NUL bytes), not text`,
    )
    // Nothing is stored while the dialog is open.
    await expect(stored(ws.dir)).resolves.toHaveLength(1)

    // 001, the PDF copy: unwrapped, "de-escalation" kept and why, flagged against 000.
    const copy = await showDocument('One Turkish soldier died')
    await expect(previewText()).resolves.toContain(
      'in Syria’s southern Idlib, the Turkish Defense Ministry reported late on May 27.',
    )
    await expect(previewText()).resolves.toContain('the March 5 de-escalation agreement in Moscow.')
    const hyphen = copy.locator('.decision', { hasText: 'kept the hyphen: “de-escalation”' })
    await expect(hyphen.locator('.reason').innerText()).resolves.toBe(
      '“de-escalation” occurs 4×, “deescalation” 0× in the corpus',
    )
    await expect(hyphen.getByRole('checkbox').isChecked()).resolves.toBe(true)
    await expect(copy.locator('.near-duplicate legend').innerText()).resolves.toBe(
      `Near-duplicate of “${WEB_TITLE}” (98% similar, in this batch)`,
    )
    await expect(copy.getByRole('radio', { name: 'Keep both, linked' }).isChecked()).resolves.toBe(
      true,
    )

    // A step switched off for this document changes its text; switched on again, it is back.
    const unwrap = copy
      .getByRole('group', { name: 'Cleanup for this document' })
      .getByRole('checkbox', { name: /Unwrap hard-wrapped lines/ })
    await unwrap.uncheck()
    await ui.importPreviewSummary()
    await expect(previewText()).resolves.toContain(
      'in Syria’s southern Idlib,\nthe Turkish Defense',
    )
    await unwrap.check()
    await ui.importPreviewSummary()
    await expect(previewText()).resolves.toContain('southern Idlib, the Turkish Defense')

    // 000 and 002 share the publisher's disclaimer: flagged in both, with a one-click keep.
    const otherSite = await showDocument('Turkish Military Strikes Syrian Army')
    const disclaimer2 = otherSite.locator('.decision', { hasText: 'left out “Disclaimer:' })
    await expect(disclaimer2.locator('.reason').innerText()).resolves.toBe(
      `recurs in “${WEB_TITLE}”`,
    )
    await expect(disclaimer2.getByRole('button', { name: /^Keep/ }).isVisible()).resolves.toBe(true)
    const web = await showDocument('Video: Turkish Army')
    const disclaimer = web.locator('.decision', { hasText: 'left out “Disclaimer:' })
    await expect(disclaimer.locator('.reason').innerText()).resolves.toMatch(
      /^recurs in “Turkish Military Strikes Syrian Army/,
    )
    await expect(previewText()).resolves.not.toContain('Disclaimer: The contents of this article')
    await disclaimer.getByRole('button', { name: /^Keep/ }).click()
    await expect(disclaimer.getByRole('checkbox').isChecked()).resolves.toBe(false)
    await ui.importPreviewSummary()
    await expect(previewText()).resolves.toContain('Disclaimer: The contents of this article')

    const results = await ui.importFromPreview()
    await expect(results.locator('p').first().innerText()).resolves.toBe(
      '5 imported, 0 already in the corpus, 0 skipped, 1 failed.',
    )
    await expect(results.locator('.import-error').innerText()).resolves.toContain(
      `${BINARY}: looks like a binary file`,
    )
    await results.getByRole('button', { name: 'Close' }).click()

    // What landed on disk is what the preview showed.
    const webDoc = await storedFrom(ws.dir, WEB)
    const copyDoc = await storedFrom(ws.dir, PDF_COPY)
    const otherDoc = await storedFrom(ws.dir, OTHER_SITE)
    expect(webDoc.text).toContain('Disclaimer: The contents of this article')
    expect(otherDoc.text).not.toContain('Disclaimer: The contents of this article')
    expect(copyDoc.text).toContain('the March 5 de-escalation agreement in Moscow.')
    expect(copyDoc.metadata['near_duplicate_of']).toBe(webDoc.id)
    await expect(browser.page.locator('.doc').count()).resolves.toBe(6)
  })

  it('dims a stored document’s recurring lines without changing its text', async () => {
    await ui.openDocument('Video: Turkish Army')
    const bar = browser.page.getByRole('region', { name: 'Import flags' })
    await expect(bar.locator('p').first().innerText()).resolves.toMatch(
      /^1 recurring line flagged as boilerplate; the stored text is unchanged/,
    )
    const dimmed = () =>
      browser.page.evaluate(() => {
        const highlight = CSS.highlights.get('spanbench-boilerplate')
        return [...(highlight ?? [])].map((r) =>
          r instanceof Range ? r.toString().slice(0, 40) : 'not a live range',
        )
      })
    await expect.poll(dimmed).toEqual(['Disclaimer: The contents of this article'])
    await bar.getByRole('checkbox', { name: 'Dim them' }).uncheck()
    await expect.poll(dimmed).toEqual([])
    await expect(ui.documentText()).resolves.toContain('Disclaimer: The contents of this article')
  })

  it('copies annotations from the web version onto its PDF copy, listing what did not fit', async () => {
    // 000 is open from the step before (opening it again would race its reload).
    await ui.selectWithMouse('One Turkish soldier')
    await ui.press('3')
    await ui.selectWithMouse('Southern Idlib')
    await ui.press('2')
    await ui.expectAnnotations(['PLACE Southern Idlib', 'CASUALTY_FIGURE One Turkish soldier'])
    await ui.waitSaved()

    await ui.openDocument('One Turkish soldier died')
    const bar = browser.page.getByRole('region', { name: 'Import flags' })
    await expect(bar.locator('.linked p').innerText()).resolves.toBe(
      `A near-duplicate of “${WEB_TITLE}” (98% similar).`,
    )
    await bar.getByRole('button', { name: `Copy annotations from ${WEB_TITLE}` }).click()
    const report = bar.locator('.copy-report')
    await expect(report.locator('p').innerText()).resolves.toBe(
      '1 annotation and 0 relations copied; 1 could not be placed:',
    )
    await expect(
      report.getByRole('list', { name: 'Annotations not copied' }).innerText(),
    ).resolves.toMatch(/^PLACE “Southern Idlib”: /)
    await ui.expectAnnotations(['CASUALTY_FIGURE One Turkish soldier'])
    await expect(ui.highlightLabelsAt('One Turkish soldier')).resolves.toEqual(['CASUALTY_FIGURE'])

    const copyDoc = await storedFrom(ws.dir, PDF_COPY)
    const start = copyDoc.text.indexOf('One Turkish soldier')
    await expect(savedSpans(ws.dir, copyDoc.id)).resolves.toEqual([
      `CASUALTY_FIGURE One Turkish soldier ${start}-${start + 'One Turkish soldier'.length}`,
    ])
  })

  it('offers the copy in the results when a new version of an annotated report comes in', async () => {
    const web = (await samples()).find((f) => f.name === WEB)
    if (!web) throw new Error('no sample 000')
    const updated = `${Buffer.from(web.bytes).toString('utf8')}\n\nUpdate: the Defense Ministry named a second soldier.`
    await ui.pickFiles([{ name: 'web-updated.txt', bytes: updated }])
    const results = await ui.importFromPreview()
    await expect(results.locator('p').first().innerText()).resolves.toBe(
      '1 imported, 0 already in the corpus, 0 skipped, 0 failed.',
    )
    await results.getByRole('button', { name: /^Copy annotations from / }).click()
    await expect(results.locator('.copy-report p').innerText()).resolves.toMatch(
      /^\d annotations? and 0 relations copied/,
    )
    const updatedDoc = await storedFrom(ws.dir, 'web-updated.txt')
    await expect
      .poll(() => savedSpans(ws.dir, updatedDoc.id))
      .toContainEqual(expect.stringMatching(/^CASUALTY_FIGURE One Turkish soldier /))
  })

  it('shows a progress bar with counts while a long batch goes in, batch by batch', async () => {
    const files = Array.from({ length: 45 }, (_, i) => ({
      name: `report-${String(i).padStart(2, '0')}.txt`,
      bytes: `Report ${i}: shelling hit village number ${i * 7 + 3} on day ${i}, killing ${i} people.`,
    }))
    await ui.pickFiles(files)
    await expect(ui.importPreviewSummary()).resolves.toBe('45 files, 45 documents: 45 to import.')
    // Every state the bar passes through, as the page renders it.
    await browser.page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { progressSeen: seen })
      new MutationObserver(() => {
        const status = document.querySelector('.import-progress [role="status"]')?.textContent
        if (status && seen[seen.length - 1] !== status) seen.push(status)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    const results = await ui.importFromPreview()
    await expect(results.locator('p').first().innerText()).resolves.toBe(
      '45 imported, 0 already in the corpus, 0 skipped, 0 failed.',
    )
    const seen = await browser.page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    )
    // The last state may go straight to the results, so only the batches before it are sure to show.
    expect(seen.slice(0, 3)).toEqual([
      '0 of 45 files: 0 imported, 0 already in the corpus, 0 skipped, 0 failed',
      '20 of 45 files: 20 imported, 0 already in the corpus, 0 skipped, 0 failed',
      '40 of 45 files: 40 imported, 0 already in the corpus, 0 skipped, 0 failed',
    ])
    await results.getByRole('button', { name: 'Close' }).click()
  })
})
