import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ANNOTATOR, savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import {
  focusSuggestion,
  focusedSuggestionWithText,
  suggestionsLeft,
} from './support/suggestion-focus.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

/**
 * Made-up names, so neither the gazetteer nor the corpus knows them before
 * they are tagged. Report F's group shares no word with a group tagged
 * before Report E ("Squadron", not "Legion" of the Dawn Legion), so only
 * what Report E teaches (its context) can make the model propose it.
 */
const FILES = {
  'a.txt':
    'Report A\n\nShelling hit Tel Zorba on Monday. The Falcon Brigade said it held Tel Zorba.\n',
  'b.txt':
    'Report B\n\nShelling hit Kafr Miran on Monday. The Dawn Legion said it held Kafr Miran.\n',
  'c.txt':
    'Report C\n\nShelling hit Ain Dalfa on Monday. The Hawks Front said it held Ain Dalfa.\n',
  'd.txt':
    'Report D\n\nShelling hit Umm Jurn on Tuesday. The Liberation Corps said it held Umm Jurn.\n',
  'e.txt':
    'Report E\n\nFighters of the Martyrs Battalion entered Rasm Tawil after a week of shelling.\n',
  'f.txt':
    'Report F\n\nFighters of the Nour Squadron entered Qasr Tiba after a week of shelling.\n',
}
const FROM_MODEL = /^suggested (PLACE|ACTOR) \(learnt from the corpus \(\d+% sure\)\)/

describe('suggestions from a model that learns from the annotator', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session

  /** Tags a place (its first `times` occurrences) and a group by hand, then waits for the save. */
  async function tag(title: string, place: string, group: string, times: number): Promise<void> {
    await ui.openDocument(title)
    await ui.selectWithMouse(group)
    await ui.press('1')
    for (let k = 0; k < times; k++) {
      await ui.selectWithMouse(place, k)
      await ui.press('2')
    }
    await ui.waitSaved()
  }

  /** Shows the suggestions afresh (g twice) until one matches, a bounded number of times. */
  async function awaitSuggestion(wanted: RegExp): Promise<string> {
    let found = ''
    for (let tries = 0; tries < 20 && !wanted.test(found); tries++) {
      await ui.press('g')
      await ui.press('g')
      found = await focusSuggestion(ui, wanted, 8)
    }
    return found
  }

  beforeAll(async () => {
    session = await openSession(FILES)
    ;({ ws, ui } = session)
  })
  afterAll(() => session.close())

  it('appear with their confidence once a few spans are tagged in a new corpus, and are accepted', async () => {
    await tag('Report A', 'Tel Zorba', 'Falcon Brigade', 2)
    await tag('Report B', 'Kafr Miran', 'Dawn Legion', 2)
    await tag('Report C', 'Ain Dalfa', 'Hawks Front', 2)
    await ui.openDocument('Report D')
    await ui.press('g')
    await expect(focusSuggestion(ui, /suggested PLACE \(learnt/)).resolves.toMatch(
      /^suggested PLACE \(learnt from the corpus \(\d+% sure\)\)/,
    )
    await ui.press('a')
    await ui.waitSaved()
    expect(await savedSpans(ws.dir, ws.docIds[3] ?? '')).toEqual([
      expect.stringMatching(/^PLACE Umm Jurn /),
    ])
  })

  it('learns from what is saved: a new way of writing is proposed after it is tagged once', async () => {
    await ui.openDocument('Report F')
    await ui.press('g')
    const before = await focusSuggestion(ui, /suggested ACTOR \(learnt/, 8)
    expect(before).not.toMatch(/suggested ACTOR \(learnt/)
    await tag('Report E', 'Rasm Tawil', 'Martyrs Battalion', 1)
    await ui.openDocument('Report F')
    await expect(awaitSuggestion(/suggested ACTOR \(learnt/)).resolves.toMatch(FROM_MODEL)
  })

  it('x rejects a model suggestion: the banner counts it, and it does not come back after a reload', async () => {
    await ui.openDocument('Report F')
    const rejected = await awaitSuggestion(/suggested ACTOR \(learnt/)
    expect(rejected).toMatch(FROM_MODEL)
    const withText = await focusedSuggestionWithText(ui)
    const before = await suggestionsLeft(ui)
    await ui.press('x')
    await expect.poll(() => suggestionsLeft(ui)).toBe(before - 1)
    await expect
      .poll(() =>
        readFile(join(ws.dir, 'rejections', `${ANNOTATOR}.jsonl`), 'utf8').catch(() => ''),
      )
      .toMatch(/"label":"ACTOR"/)

    await ui.open(ws.url)
    await ui.openDocument('Report F')
    await ui.press('g')
    await expect
      .poll(() => ui.page.locator('.notice').innerText(), { timeout: 10_000 })
      .toMatch(/suggestions?:/)
    const shown: string[] = []
    for (let k = await suggestionsLeft(ui); k > 0; k--) {
      shown.push(await focusedSuggestionWithText(ui))
      await ui.press('n')
    }
    expect(shown).not.toContain(withText)
  })
})
