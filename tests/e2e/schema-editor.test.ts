import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { runCli } from '../support/backend.ts'
import { ANNOTATOR, savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

const TEXT = 'The Sham Legion shelled Saraqib, killing 4 civilians.'

/** The spans as every reader sees them (exports, other annotators): the migration log applied. */
async function readSpans(dir: string, docId: string): Promise<string[]> {
  const corpus = await Corpus.open(dir, { readOnly: true })
  const set = await corpus.readAnnotations(docId, ANNOTATOR)
  return (set?.spans ?? []).map((s) => `${s.label} ${s.text} ${s.start}-${s.end}`)
}

describe('the schema editor', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session
  const dialog = () => ui.page.getByRole('dialog', { name: 'Schema' })

  beforeAll(async () => {
    session = await openSession({ 'a.txt': TEXT })
    ;({ ws, ui } = session)
    await ui.selectWithMouse('Sham Legion')
    await ui.press('1')
    await ui.selectWithMouse('Saraqib')
    await ui.press('2')
    await ui.waitSaved()
  })
  afterAll(() => session.close())

  it('renaming a label id and name relabels the existing annotations, on screen and for every reader', async () => {
    await ui.page.getByRole('button', { name: 'Schema…' }).click()
    const actor = dialog().getByRole('group', { name: 'Label ACTOR' })
    await actor.getByLabel('Id').first().fill('PARTY')
    await actor.getByLabel('Name').first().fill('Party')
    await dialog().getByRole('button', { name: 'Save schema' }).click()
    await dialog().waitFor({ state: 'detached' })
    await ui.expectAnnotations(['PARTY Sham Legion', 'PLACE Saraqib'])
    await expect(
      ui.page.locator('.label-button[data-label="PARTY"]').innerText(),
    ).resolves.toContain('Party')
    await expect(readSpans(ws.dir, ws.docIds[0] ?? '')).resolves.toEqual([
      'PARTY Sham Legion 4-15',
      'PLACE Saraqib 24-31',
    ])
    // The file itself keeps the ids it was written with until its annotator saves it again.
    await expect(savedSpans(ws.dir, ws.docIds[0] ?? '')).resolves.toEqual([
      'ACTOR Sham Legion 4-15',
      'PLACE Saraqib 24-31',
    ])
  })

  it('removing a label in use says what it touches and asks first', async () => {
    await ui.page.getByRole('button', { name: 'Schema…' }).click()
    await dialog()
      .getByRole('group', { name: 'Label PLACE' })
      .getByRole('button', { name: 'Remove label' })
      .click()
    await dialog().getByRole('button', { name: 'Save schema' }).click()
    const confirm = dialog().getByRole('alertdialog', { name: 'Confirm schema change' })
    await expect(confirm.innerText()).resolves.toContain(
      'removes 1 annotation, 0 relations and 0 attribute values, in 1 annotation file',
    )
    await expect(savedSpans(ws.dir, ws.docIds[0] ?? '')).resolves.toHaveLength(2)
    await confirm.getByRole('button', { name: 'Remove and save' }).click()
    await dialog().waitFor({ state: 'detached' })
    await ui.expectAnnotations(['PARTY Sham Legion'])
    await expect(readSpans(ws.dir, ws.docIds[0] ?? '')).resolves.toEqual(['PARTY Sham Legion 4-15'])
  })

  it('a new label gets a free key and is usable at once; the export names labels by the new ids', async () => {
    await ui.page.getByRole('button', { name: 'Schema…' }).click()
    await dialog().getByRole('button', { name: 'Add label' }).click()
    const added = dialog().getByRole('group', { name: 'Label LABEL_4' })
    await added.getByLabel('Id').first().fill('WEAPON')
    await dialog().getByRole('button', { name: 'Save schema' }).click()
    await dialog().waitFor({ state: 'detached' })
    await expect(
      ui.page.locator('.label-button[data-label="WEAPON"] kbd').innerText(),
    ).resolves.toBe('5')
    // The document reopens after the save; select in the reopened one.
    await ui.page.locator('.notice', { hasText: 'Schema saved.' }).waitFor()
    await ui.selectWithMouse('shelled')
    await ui.press('5')
    await ui.waitSaved()
    const out = await runCli(
      ['export', '--corpus', ws.dir, '--format', 'jsonl', '--annotator', ANNOTATOR],
      ws.home,
    )
    const labels = (JSON.parse(out.stdout) as { spans: { label: string }[] }).spans.map(
      (s) => s.label,
    )
    expect(labels).toEqual(['PARTY', 'WEAPON'])
  })
})
