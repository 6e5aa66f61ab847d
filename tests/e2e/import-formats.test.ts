import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentRecordSchema, type DocumentRecord } from '../../shared/contract/model.ts'
import { docx, pdf } from '../support/article-files.ts'
import { ROOT } from '../support/backend.ts'
import { type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Clashes near Saraqib</title>
<script>document.title = 'HACKED'</script></head><body>
<nav><a href="/">Home</a> | <a href="/news">Latest News</a></nav>
<article><h1>Clashes near Saraqib</h1>
<p>Heavy clashes between Syrian troops and Turkish-backed militants broke out near Saraqib on September 5, pro-militant sources said.</p>
<p>At least 5 Syrian Army troops were killed or injured in the confrontation.</p></article>
<footer>Back to top</footer></body></html>`

const PDF_PAGES = [
  [
    'Turkish soldier killed in southern Idlib',
    '',
    'One Turkish soldier died and another was injured in an IED attack in the south-',
    'ern province of Idlib, the Turkish Defense Ministry reported late on May 27. The',
    'incident happened while units of the Turkish Army were passing near the town of',
    'Jisr al-Shughur. He became the second Turkish soldier killed since the March 5 de-',
  ],
  ['escalation agreement in Moscow.'],
]

async function stored(dir: string): Promise<DocumentRecord[]> {
  const names = await readdir(join(dir, 'documents'))
  return Promise.all(
    names.map(async (n) =>
      DocumentRecordSchema.parse(JSON.parse(await readFile(join(dir, 'documents', n), 'utf8'))),
    ),
  )
}

describe('importing web pages, PDFs, Word files and legacy text in the browser', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session

  beforeAll(async () => {
    session = await openSession({ 'first.txt': 'Shelling hit Maarat al-Numan on Monday.' })
    ;({ ws, ui } = session)
  })
  afterAll(() => session.close())

  it('imports each kind from the file picker, cleaned, and reports the one it refuses', async () => {
    await ui.pickFiles([
      { name: 'page.html', bytes: PAGE },
      { name: 'report.pdf', bytes: pdf({ pages: PDF_PAGES }) },
      {
        name: 'ariha.docx',
        bytes: await docx(['Shelling in Ariha', 'Two civilians were killed.']),
      },
      {
        name: 'minister.txt',
        bytes: iconv.encode(
          'The minister said: “We have three martyrs” – in Idlib.',
          'windows-1252',
        ),
      },
      { name: 'scan.pdf', bytes: pdf({ pages: [['x']], noText: true }) },
    ])
    await expect(ui.importPreview.locator('.import-error').innerText()).resolves.toBe(
      'scan.pdf: the PDF has no text layer (scanned pages?); run OCR on it first',
    )
    const dialog = await ui.importFromPreview()
    await expect(dialog.locator('p').first().innerText()).resolves.toBe(
      '4 imported, 0 already in the corpus, 0 skipped, 1 failed.',
    )
    await expect(dialog.locator('.import-error').innerText()).resolves.toBe(
      'scan.pdf: the PDF has no text layer (scanned pages?); run OCR on it first',
    )
    await dialog.getByRole('button', { name: 'Close' }).click()

    await ui.openDocument('Turkish soldier killed')
    await expect(ui.documentText()).resolves.toBe(
      'Turkish soldier killed in southern Idlib\n\nOne Turkish soldier died and another was injured in an IED attack in the southern province of Idlib, the Turkish Defense Ministry reported late on May 27. The incident happened while units of the Turkish Army were passing near the town of Jisr al-Shughur. He became the second Turkish soldier killed since the March 5 de-escalation agreement in Moscow.',
    )
    await ui.openDocument('Clashes near Saraqib')
    await expect(ui.documentText()).resolves.toBe(
      'Clashes near Saraqib\n\nHeavy clashes between Syrian troops and Turkish-backed militants broke out near Saraqib on September 5, pro-militant sources said.\n\nAt least 5 Syrian Army troops were killed or injured in the confrontation.',
    )
    await ui.openDocument('The minister said')
    await expect(ui.documentText()).resolves.toBe(
      'The minister said: “We have three martyrs” – in Idlib.',
    )
    const docs = await stored(ws.dir)
    expect(docs.find((d) => d.source.fileName === 'minister.txt')?.source.encoding).toBe(
      'windows-1252',
    )
    expect(docs.find((d) => d.source.fileName === 'ariha.docx')?.text).toBe(
      'Shelling in Ariha\n\nTwo civilians were killed.',
    )
  })

  it('drops a report and its PDF copy: boilerplate left out, the copy linked as a near-duplicate', async () => {
    const sample = join(ROOT, 'assets', 'sample')
    const [web, copy] = await Promise.all(
      ['000_a9fb279703f33800.txt', '001_45a219f9f37d8a06.txt'].map((n) =>
        readFile(join(sample, n), 'utf8'),
      ),
    )
    await ui.importFiles(
      [
        { name: 'web.txt', bytes: web ?? '' },
        { name: 'pdf-copy.txt', bytes: copy ?? '' },
      ],
      'drop',
    )
    const docs = await stored(ws.dir)
    const original = docs.find((d) => d.source.fileName === 'web.txt')
    const pdfCopy = docs.find((d) => d.source.fileName === 'pdf-copy.txt')
    expect(original?.text).not.toContain('Note to readers')
    expect(pdfCopy?.metadata['near_duplicate_of']).toBe(original?.id)
    await ui.openDocument('One Turkish soldier died')
    await expect(ui.documentText()).resolves.toContain(
      'the March 5 de-escalation agreement in Moscow.\n\n',
    )
  })
})
