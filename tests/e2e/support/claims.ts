import type { WorkbenchPage } from './workbench-page.ts'

/**
 * In seed 004 ("Home / News / Idlib", open already): tags "33 Turkish
 * soldiers" as a casualty figure and links it to its victim, place and source,
 * by keyboard; one full row of the claims table.
 */
export async function recordSeed004Claim(ui: WorkbenchPage): Promise<void> {
  await ui.selectWithKeyboard('33 Turkish soldiers')
  await ui.press('3')
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
  await ui.waitSaved()
}
