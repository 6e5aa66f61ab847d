import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi, findCodePoints, spanAt } from '../support/backend.ts'
import { seriousViolations } from './support/axe.ts'
import { openSession, type Session } from './support/session.ts'

const REPORTS = {
  'a.txt': 'At least 33 Turkish soldiers were killed in Idlib, the ministry said.',
  'b.txt': 'Shelling wounded 12 civilians in Saraqib, according to local medics.',
}

describe('the dashboard', () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession(REPORTS)
    const { port, token } = session.ws.server
    const figures: [string, string, number, string, string][] = [
      ['a.txt', 'At least 33 Turkish soldiers', 33, 'killed', '2020-02-27'],
      ['b.txt', '12 civilians', 12, 'injured', '2020-03-02'],
    ]
    for (const [i, [name, quote, best, outcome, date]] of figures.entries()) {
      const docId = session.ws.docIds[i] ?? ''
      const text = REPORTS[name as keyof typeof REPORTS]
      const [start, end] = findCodePoints(text, quote)
      const span = {
        ...spanAt(text, start, end, 'CASUALTY_FIGURE', `f${i}`),
        attributes: { best, low: best, outcome },
      }
      const saved = await callApi(port, token, 'annotations.apply', {
        docId,
        revision: 0,
        ops: [{ op: 'addSpan', span }],
      })
      expect(saved.ok).toBe(true)
      const dated = await callApi(port, token, 'documents.setDate', { id: docId, date })
      expect(dated.ok).toBe(true)
    }
  })
  afterAll(() => session.close())

  it('draws progress, labels and the casualty figures by month, and saves a chart’s numbers', async () => {
    const { ui, ws } = session
    await ui.open(ws.url)
    await ui.page.getByRole('button', { name: 'Dashboard', exact: true }).click()
    const view = ui.page.getByRole('region', { name: 'Dashboard' })
    await view
      .getByText('2 documents, 1 annotator; 2 spans and 0 relations by tester; 2 casualty figures.')
      .waitFor()
    for (const name of [
      'Documents by status, per annotator',
      'Spans per label',
      'Casualty figures over time, by outcome',
    ])
      await view.locator(`svg[aria-label="${name}"]`).waitFor()
    const months = view.getByRole('region', { name: /Casualty figures over time/ })
    const download = ui.page.waitForEvent('download')
    await months.getByRole('button', { name: 'Save CSV' }).click()
    const csv = await readFile((await (await download).path()) ?? '', 'utf8')
    expect(csv.split('\r\n')).toEqual([
      'month,outcome,figures,people',
      '2020-02,killed,1,33',
      '2020-03,injured,1,12',
      '',
    ])
    const png = ui.page.waitForEvent('download')
    await months.getByRole('button', { name: 'Save PNG' }).click()
    const bytes = await readFile((await (await png).path()) ?? '')
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(await seriousViolations(ui.page)).toEqual([])
  })
})
