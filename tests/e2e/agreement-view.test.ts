import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeLayer } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'

const TEXT = 'Turkish soldiers were killed in Idlib, the ministry said.'

describe('the Agreement view', () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession({ 'report.txt': TEXT })
    const { ws } = session
    await writeLayer(ws, 'alice', TEXT, [
      ['Turkish soldiers', 'ACTOR'],
      ['Idlib', 'PLACE'],
    ])
    await writeLayer(ws, 'bob', TEXT, [
      ['Turkish soldiers', 'ACTOR'],
      ['the ministry', 'ATTRIBUTION'],
    ])
  })
  afterAll(() => session.close())

  it('shows F1 per pair and label, a heatmap, and saves the table as CSV', async () => {
    const { ui, ws } = session
    await ui.open(ws.url)
    await ui.page.getByRole('button', { name: 'Agreement', exact: true }).click()
    const view = ui.page.getByRole('region', { name: 'Agreement' })
    await view.locator('.agreement-chart svg[role="img"]').first().waitFor()
    const overall = view.locator('.agreement-pairs tr', { hasText: 'all labels' })
    await expect(overall.locator('td').allInnerTexts()).resolves.toEqual([
      'alice × bob',
      'all labels',
      '0.500',
      '0.500',
      expect.stringMatching(/^-?\d\.\d{3}$/),
    ])
    await expect(view.locator('.agreement-documents td').nth(2).innerText()).resolves.toBe('0.500')
    // The confusion matrix: alice's PLACE "Idlib" has no partner in bob's layer.
    const matrix = view.locator('svg[aria-label="Labels of alice (rows) against bob (columns)"]')
    await matrix.waitFor()
    await expect(matrix.locator('text').allTextContents()).resolves.toContain('(none)')
    const download = ui.page.waitForEvent('download')
    await view.getByRole('button', { name: 'Save CSV' }).click()
    const csv = await readFile((await (await download).path()) ?? '', 'utf8')
    expect(csv.split('\r\n')[0]).toBe(
      'annotator_a,annotator_b,label,exact_precision,exact_recall,exact_f1,overlap_precision,overlap_recall,overlap_f1,kappa,alpha,alpha_u',
    )
    expect(csv).toContain('\r\nalice,bob,*,0.5,0.5,0.5,')
    const svg = ui.page.waitForEvent('download')
    await view.getByRole('button', { name: 'Save SVG' }).click()
    const drawn = await readFile((await (await svg).path()) ?? '', 'utf8')
    expect(drawn).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(drawn).toContain('alice × bob')
  })
})
