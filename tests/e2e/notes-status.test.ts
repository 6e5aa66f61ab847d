import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { savedAnnotations, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

const TEXT = 'Local sources said 12 fighters were killed in Ariha on Monday.'

describe('notes, document status and attributes survive undo and restart', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session
  const saved = async () => {
    await ui.waitSaved()
    return savedAnnotations(ws.dir, ws.docIds[0] ?? '')
  }

  beforeAll(async () => {
    session = await openSession({ 'a.txt': TEXT })
    ;({ ws, ui } = session)
  })
  afterAll(() => session.close())

  it('s moves the document through its statuses, shown in the document list; undo moves it back', async () => {
    await ui.reader.click()
    await ui.press('s')
    await expect(ui.page.locator('.doc.current .status').innerText()).resolves.toBe('in progress')
    await ui.press('s')
    await expect(ui.page.locator('.doc.current .status').innerText()).resolves.toBe('done')
    await expect(saved()).resolves.toMatchObject({ status: 'done' })
    await ui.press('Control+z')
    await expect(ui.page.locator('.doc.current .status').innerText()).resolves.toBe('in progress')
    await expect(saved()).resolves.toMatchObject({ status: 'in_progress' })
  })

  it('a document note and a span note are saved', async () => {
    await ui.page.getByLabel('Document note').fill('Second source needed.')
    await ui.page.getByLabel('Document note').press('Control+Enter')
    await ui.selectWithMouse('12 fighters')
    await ui.press('3')
    await ui.page.getByLabel('Note', { exact: true }).fill('Local sources only.')
    await ui.page.getByLabel('Note', { exact: true }).press('Control+Enter')
    const set = await saved()
    expect(set?.note).toBe('Second source needed.')
    expect(set?.spans[0]).toMatchObject({ text: '12 fighters', note: 'Local sources only.' })
    expect(set?.spans[0]?.attributes).toEqual({
      low: 12,
      best: 12,
      high: 12,
      qualifier: 'exact',
      outcome: 'killed',
    })
  })

  it('a corrected attribute is kept; undo restores the parsed value', async () => {
    await ui.page.getByLabel('Outcome').selectOption('neutralised')
    await expect(saved()).resolves.toMatchObject({
      spans: [{ attributes: { outcome: 'neutralised' } }],
    })
    await ui.reader.click()
    await ui.press('Control+z')
    await expect(saved()).resolves.toMatchObject({ spans: [{ attributes: { outcome: 'killed' } }] })
    await ui.press('Control+Shift+z')
    await expect(saved()).resolves.toMatchObject({
      spans: [{ attributes: { outcome: 'neutralised' } }],
    })
  })

  it('after a restart, the status, notes and attributes are as they were, and hover shows them', async () => {
    await ws.restart()
    await ui.open(ws.url)
    await expect(ui.page.locator('.doc.current .status').innerText()).resolves.toBe('in progress')
    await expect(ui.page.getByLabel('Document note').inputValue()).resolves.toBe(
      'Second source needed.',
    )
    await ui.clickHighlight('fighters')
    await expect(ui.page.getByLabel('Outcome').inputValue()).resolves.toBe('neutralised')
    await expect(ui.page.getByLabel('Note', { exact: true }).inputValue()).resolves.toBe(
      'Local sources only.',
    )
    const highlight = ui.page.locator('.reader .hl', { hasText: 'fighters' }).first()
    await ui.pointAt('fighters')
    const hover = await highlight.getAttribute('title')
    expect(hover).toContain('outcome: neutralised')
    expect(hover).toContain('note: Local sources only.')
  })
})
