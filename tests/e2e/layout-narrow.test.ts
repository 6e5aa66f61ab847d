import { beforeAll, describe, expect, it } from 'vitest'
import { recordSeed004Claim } from './support/claims.ts'
import { notWhollyVisible, sidewaysOverflow } from './support/layout.ts'
import { withSampleSession } from './support/session.ts'

const TOP_BAR = '.topbar h1, .topbar .doc-name, .topbar button, .topbar label, .topbar .save-state'

describe('at 1024×700', () => {
  const sample = withSampleSession()

  beforeAll(async () => {
    await sample.ui.openDocument('Home / News / Idlib')
    await recordSeed004Claim(sample.ui)
    await sample.ui.page.setViewportSize({ width: 1024, height: 700 })
  })

  it('the reader does not scroll sideways; the title and every top-bar control are on screen', async () => {
    await expect(sidewaysOverflow(sample.ui.page)).resolves.toBeLessThanOrEqual(0)
    await expect(notWhollyVisible(sample.ui.page, TOP_BAR)).resolves.toEqual([])
    await expect(sample.ui.page.locator('.topbar .doc-name').innerText()).resolves.toMatch(
      /^Home \/ News/,
    )
  })

  it('the claims table does not scroll the page sideways, and every column can be read', async () => {
    await sample.ui.page.getByRole('button', { name: 'Claims' }).click()
    const claims = sample.ui.page.getByRole('region', { name: 'Claims' })
    await claims.locator('table').waitFor()
    await expect(sidewaysOverflow(sample.ui.page)).resolves.toBeLessThanOrEqual(0)
    await expect(notWhollyVisible(sample.ui.page, TOP_BAR)).resolves.toEqual([])
    // Each header, scrolled to within the table, is on screen and wide enough for its title.
    for (const header of await claims.locator('th button').all()) {
      await header.scrollIntoViewIfNeeded()
      const cut = await header.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return r.left < 0 || r.right > innerWidth || el.scrollWidth > el.clientWidth + 1
      })
      expect(cut, await header.innerText()).toBe(false)
    }
  })

  it('the search and the schema editor do not scroll the page sideways either', async () => {
    const { page } = sample.ui
    await page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Document' })
      .click()
    await sample.ui.press('Control+f')
    const search = page.getByRole('dialog', { name: 'Search' })
    await search.getByRole('searchbox').fill('idlib')
    await search.getByRole('status').waitFor()
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0)
    await sample.ui.press('Escape')
    await page.getByRole('button', { name: 'Schema…' }).click()
    await page.getByRole('dialog', { name: 'Schema' }).waitFor()
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0)
    await sample.ui.press('Escape')
  })
})
