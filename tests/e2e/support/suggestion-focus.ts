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
