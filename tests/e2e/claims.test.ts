import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, runProgram } from '../support/backend.ts'
import { ANNOTATOR, sampleFiles, savedAnnotations, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

/** The claims table's rows as "figure|outcome|low/best/high|victim|perpetrator|place|source". */
async function claimRows(ui: WorkbenchPage): Promise<string[]> {
  const rows = ui.page.locator('.claims tbody tr')
  await rows.first().waitFor()
  const out: string[] = []
  for (const row of await rows.all()) {
    const cell = (c: string) => row.locator(`td[data-column="${c}"]`).innerText()
    out.push(
      [
        await cell('figure'),
        await cell('outcome'),
        `${await cell('low')}/${await cell('best')}/${await cell('high')}`,
        await cell('victim'),
        await cell('perpetrator'),
        await cell('place'),
        await cell('source'),
      ].join('|'),
    )
  }
  return out.sort()
}

const EXPECTED = [
  '309 soldiers|neutralised|309/309/309||Turkey||The Directorate of Communications released a statement',
  '33 Turkish soldiers|killed|33/33/33|Turkish soldiers||Idlib|Source: www.islam21c.com',
]

describe('from highlights to claims in seed 004, by keyboard', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session
  let docId = ''

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ws, ui } = session)
    docId = ws.docIds[4] ?? ''
    await ui.openDocument('Home / News / Idlib')
  })
  afterAll(() => session.close())

  it('records "33 Turkish soldiers": killed, victim, place and source', async () => {
    await ui.selectWithKeyboard('33 Turkish soldiers')
    await ui.press('3')
    await expect(ui.page.getByLabel('Outcome').inputValue()).resolves.toBe('killed')
    await ui.selectWithKeyboard('Turkish soldiers')
    await ui.press('1')
    await ui.selectWithKeyboard('Idlib', 2)
    await ui.press('2')
    await ui.selectWithKeyboard('Source: www.islam21c.com')
    await ui.press('4')
    await ui.pressUntilSelected('[', 'CASUALTY_FIGURE 33 Turkish soldiers')
    await ui.linkTo('Turkish soldiers', 'victim')
    await ui.linkTo('Idlib')
    await ui.linkTo('Source: www.islam21c.com')
    const relations = async () =>
      (await ui.page.locator('.span-relations li').allInnerTexts())
        .map((t) => t.replace('×', '').replace(/\s+/g, ' ').trim())
        .sort()
    await expect
      .poll(relations)
      .toEqual([
        '→ claimed by Source: www.islam21c.com',
        '→ location Idlib',
        '→ victim Turkish soldiers',
      ])
  })

  it('records "309 soldiers": neutralised, perpetrator and the statement', async () => {
    await ui.selectWithKeyboard('309 soldiers')
    await ui.press('3')
    await expect(ui.page.getByLabel('Outcome').inputValue()).resolves.toBe('neutralised')
    await ui.selectWithKeyboard('Turkey', 2)
    await ui.press('1')
    await ui.selectWithKeyboard('The Directorate of Communications released a statement')
    await ui.press('4')
    await ui.pressUntilSelected('[', 'CASUALTY_FIGURE 309 soldiers')
    await ui.linkTo('Turkey', 'perpetrator')
    await ui.linkTo('The Directorate of Communications released a statement')
    await ui.waitSaved()
  })

  it('shows both claims in the claims table', async () => {
    await ui.press('Escape')
    await ui.press('c')
    await expect(claimRows(ui)).resolves.toEqual(EXPECTED)
  })

  it('clicking a claim opens its span in the document', async () => {
    await ui.page.locator('.claims tbody tr', { hasText: '309 soldiers' }).click()
    await ui.reader.waitFor()
    await expect(ui.selectedAnnotation()).resolves.toBe('CASUALTY_FIGURE 309 soldiers')
  })

  it('deleting a linked span removes its relations; undo brings both back', async () => {
    await ui.pressUntilSelected('[', 'ACTOR Turkey')
    await ui.press('Delete')
    await ui.waitSaved()
    const after = await savedAnnotations(ws.dir, docId)
    expect(after?.relations.some((r) => r.type === 'perpetrator')).toBe(false)
    await ui.press('Control+z')
    await ui.waitSaved()
    const restored = await savedAnnotations(ws.dir, docId)
    expect(restored?.relations.filter((r) => r.type === 'perpetrator')).toHaveLength(1)
    expect(restored?.relations).toHaveLength(5)
  })

  it('after a restart, the claims are the same, and the CSV export has both rows', async () => {
    await ws.restart()
    await ui.open(ws.url)
    await ui.press('c')
    await expect(claimRows(ui)).resolves.toEqual(EXPECTED)
    const out = await runCli(
      ['export', '--corpus', ws.dir, '--format', 'claims-csv', '--annotator', ANNOTATOR],
      ws.home,
    )
    expect(out.stderr).toBe('')
    const check = await runProgram(
      'python3',
      [
        '-c',
        `import csv, sys
rows = list(csv.DictReader(sys.stdin))
for r in sorted(rows, key=lambda r: r["figure"]):
    print(r["figure"], r["outcome"], r["best"], r["victim"], r["perpetrator"], r["place"], sep="|")`,
      ],
      out.stdout,
    )
    expect(check.stderr).toBe('')
    expect(check.stdout.trim().split('\n')).toEqual([
      '309 soldiers|neutralised|309||Turkey|',
      '33 Turkish soldiers|killed|33|Turkish soldiers||Idlib',
    ])
  })
})
