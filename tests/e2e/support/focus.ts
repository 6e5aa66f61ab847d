import type { Page } from 'playwright-core'

/** Where keyboard focus is, as a person would name it: the dialog, region or control holding it. */
export async function focusedIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement?.closest(sel) != null, selector)
}

/** A short description of the focused element (tag, label, text), for failure messages. */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el) return 'nothing'
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
    return `${el.tagName.toLowerCase()} “${name}”`
  })
}

/** Presses Tab `times` times and returns every element focus visited that is outside `selector`. */
export async function tabOutside(page: Page, selector: string, times: number): Promise<string[]> {
  const escaped: string[] = []
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab')
    if (!(await focusedIn(page, selector))) escaped.push(await focusedElement(page))
  }
  return escaped
}
