import type { WorkbenchPage } from './workbench-page.ts'

/** The hover text of the focused suggestion, as the user sees it by pointing at it ('' if none). */
export async function focusedSuggestion(ui: WorkbenchPage): Promise<string> {
  const id = await ui.page.evaluate(() => {
    const rule = [...document.querySelectorAll('style')]
      .map((s) => s.textContent ?? '')
      .find((t) => t.includes('dashed #111'))
    return /data-spans~="([^"]+)"/.exec(rule ?? '')?.[1] ?? null
  })
  if (!id) return ''
  const highlight = ui.page.locator(`.reader [data-spans~="${id}"]`).first()
  await highlight.hover()
  return (await highlight.getAttribute('title')) ?? ''
}

/** Presses n until the focused suggestion's hover text matches, or gives up after `limit`. */
export async function focusSuggestion(
  ui: WorkbenchPage,
  wanted: RegExp,
  limit = 30,
): Promise<string> {
  // Suggestions arrive from the backend (the model may be learning a save first): the panel shows the current one.
  await ui.page
    .locator('.suggestion-details')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined)
  let text = await focusedSuggestion(ui)
  for (let i = 0; i < limit && !wanted.test(text); i++) {
    await ui.press('n')
    text = await focusedSuggestion(ui)
  }
  return text
}
