import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocumentRecordSchema } from '../../shared/contract/model.ts'
import { recordSeed004Claim } from './support/claims.ts'
import { sampleFiles } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'

const PARAGRAPH =
  'Residents said the strike came without warning while the market was crowded, and rescue workers searched the rubble for hours afterwards.'
const WEB_PAGE = `<!doctype html><html lang="en"><head><title>Strike on Ariha market</title>
<meta property="article:published_time" content="2020-06-09T08:15:00Z"></head>
<body><article><h1>Strike on Ariha market</h1>
<p>Four civilians were killed when an air strike hit a market in Ariha on Tuesday, local sources said.</p>
${`<p>${PARAGRAPH}</p>`.repeat(5)}
</article></body></html>`

describe('the claims table', () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession({ ...(await sampleFiles()), 'ariha.html': WEB_PAGE })
    const { ui } = session
    await ui.openDocument('Strike on Ariha market')
    await ui.selectWithKeyboard('Four civilians')
    await ui.press('3')
    await ui.waitSaved()
    await ui.openDocument('Home / News / Idlib')
    await recordSeed004Claim(ui)
  })
  afterAll(() => session.close())

  it('a text import has no date until the user gives it one in the document panel', async () => {
    const { ui } = session
    const date = ui.page.getByLabel('Document date')
    await expect(date.inputValue()).resolves.toBe('')
    await date.fill('2020-03-01')
    const file = join(session.ws.dir, 'documents', `${session.ws.docIds[4] ?? ''}.json`)
    await expect
      .poll(
        async () =>
          DocumentRecordSchema.parse(JSON.parse(await readFile(file, 'utf8')) as unknown).metadata,
      )
      .toEqual({ date: '2020-03-01' })
  })

  it('shows each claim’s document date as a person reads it', async () => {
    const { ui } = session
    await ui.page.getByRole('button', { name: 'Claims' }).click()
    const rows = ui.page.locator('.claims tbody tr')
    await rows.nth(1).waitFor()
    const dates: Record<string, string> = {}
    for (const row of await rows.all())
      dates[await row.locator('td[data-column="figure"]').innerText()] = await row
        .locator('td[data-column="date"]')
        .innerText()
    expect(dates).toEqual({ 'Four civilians': '9 Jun 2020', '33 Turkish soldiers': '1 Mar 2020' })
  })

  it('at 1440 px a title takes at most two lines and the source has room to be read', async () => {
    const { ui } = session
    const row = ui.page.locator('.claims tbody tr', { hasText: '33 Turkish soldiers' })
    const lines = await row.locator('td[data-column="document"]').evaluate((td) => {
      const lineHeight = parseFloat(getComputedStyle(td).lineHeight) || 18
      return Math.round(
        (td.querySelector('.cell') ?? td).getBoundingClientRect().height / lineHeight,
      )
    })
    expect(lines).toBeLessThanOrEqual(2)
    const source = await row.locator('td[data-column="source"]').evaluate((td) => td.clientWidth)
    expect(source).toBeGreaterThanOrEqual(160)
  })
})
