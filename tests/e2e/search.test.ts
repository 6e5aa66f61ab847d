import { describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe.ts'
import { focusedIn } from './support/focus.ts'
import { withSampleSession } from './support/session.ts'

describe('searching the corpus with Ctrl+F', () => {
  const sample = withSampleSession()
  const dialog = () => sample.ui.page.getByRole('dialog', { name: 'Search' })
  const search = async (query: string) => {
    const { ui } = sample
    await ui.press('Control+f')
    await dialog().waitFor()
    await expect(focusedIn(ui.page, 'input[type="search"]')).resolves.toBe(true)
    await ui.page.keyboard.type(query)
    await dialog().getByRole('status').waitFor({ timeout: 10_000 })
  }

  it('finds words in the text, lists them by document with context, and opens the match selected', async () => {
    const { ui } = sample
    await ui.openDocument('Home / News / Idlib')
    await search('canbert')
    await expect(dialog().getByRole('status').innerText()).resolves.toBe('2 matches')
    const groups = dialog().locator('.search-results section')
    await expect(groups.count()).resolves.toBe(2)
    await expect(groups.first().locator('mark').innerText()).resolves.toBe('Canbert')
    await expect(groups.first().locator('.snippet').innerText()).resolves.toContain(
      'identified as lieutenant Canbert Tatar',
    )
    expect(await seriousViolations(ui.page)).toEqual([])
    await groups.nth(1).getByRole('button').click()
    await dialog().waitFor({ state: 'detached' })
    await expect.poll(() => ui.selection()).toBe('Canbert')
    await ui.press('1')
    await ui.expectAnnotations(['ACTOR Canbert'])
  })

  it('finds annotations by label and attributes, and opens the span selected', async () => {
    const { ui } = sample
    await ui.openDocument('Home / News / Idlib')
    await ui.selectWithKeyboard('33 Turkish soldiers')
    await ui.press('3')
    await ui.waitSaved()
    await ui.openDocument('Video: Turkish')
    await search('label:CASUALTY_FIGURE outcome:killed best>10')
    await expect(dialog().getByRole('status').innerText()).resolves.toBe('1 match')
    await expect(dialog().locator('.search-label').innerText()).resolves.toBe('CASUALTY_FIGURE')
    await ui.press('Enter')
    await dialog().waitFor({ state: 'detached' })
    await ui.page
      .locator('.topbar .doc-name', { hasText: 'Home / News / Idlib' })
      .waitFor({ timeout: 10_000 })
    await expect.poll(() => ui.selectedAnnotation()).toBe('CASUALTY_FIGURE 33 Turkish soldiers')
  })

  it('says what is wrong with a query it cannot read, and Esc closes', async () => {
    const { ui } = sample
    await ui.press('Control+f')
    await dialog().waitFor()
    await ui.page.keyboard.type('best>many')
    await expect(dialog().getByRole('alert').innerText()).resolves.toContain(
      'best>many: a comparison needs a number',
    )
    await ui.press('Escape')
    await dialog().waitFor({ state: 'detached' })
  })
})
