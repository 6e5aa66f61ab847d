import type { WorkbenchPage } from './workbench-page.ts'

/** The hover text of the focused suggestion, as the user sees it by pointing at it ('' if none). */
export async function focusedSuggestion(ui: WorkbenchPage): Promise<string> {
  // Its outline is drawn once its highlight is painted: a frame after the focus moves, or a chunk later.
  const id = await ui.page
    .waitForFunction(
      () => document.querySelector('.span-outline.suggestion')?.getAttribute('data-span'),
      undefined,
      { timeout: 2000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null)
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

/** The focused suggestion as hover text and the words it covers ('' if none). */
export async function focusedSuggestionWithText(ui: WorkbenchPage): Promise<string> {
  const title = await focusedSuggestion(ui)
  const id = await ui.page
    .locator('.span-outline.suggestion')
    .first()
    .getAttribute('data-span')
    .catch(() => null)
  if (!title || !id) return ''
  const pieces = await ui.page.locator(`.reader [data-spans~="${id}"]`).allInnerTexts()
  return `${title} “${pieces.join('')}”`
}

/** How many suggestions the banner says are left to review (0 once all are reviewed). */
export async function suggestionsLeft(ui: WorkbenchPage): Promise<number> {
  const text = await ui.page.locator('.notice').innerText()
  if (text.includes('All suggestions reviewed')) return 0
  const count = /(\d+) suggestions?:/.exec(text)?.[1]
  if (count === undefined) throw new Error(`the banner does not count suggestions: ${text}`)
  return Number(count)
}
