import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleFiles, savedAnnotations, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import { focusedSuggestion } from './support/suggestion-focus.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('suggestions: proposed, reviewed one by one, never applied blindly', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session
  const saved = async () => {
    await ui.waitSaved()
    const set = await savedAnnotations(ws.dir, ws.docIds[0] ?? '')
    return (set?.spans ?? []).map((s) => `${s.label} ${s.text}`)
  }
  const focused = () => focusedSuggestion(ui)

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ws, ui } = session)
  })
  afterAll(() => session.close())

  it('g shows gazetteer places and actors and casualty figures, dashed, and tags nothing', async () => {
    await ui.press('g')
    await expect(ui.page.locator('.notice').innerText()).resolves.toMatch(/\d+ suggestions:/)
    await expect(focused()).resolves.toContain('suggested ACTOR (gazetteer: Turkish Army)')
    await expect(ui.page.locator('.span-row').count()).resolves.toBe(0)
    await expect(savedAnnotations(ws.dir, ws.docIds[0] ?? '')).resolves.toBeNull()
  })

  it('a accepts the focused suggestion with its attributes; x rejects the next one', async () => {
    await ui.press('a')
    await ui.expectAnnotations(['ACTOR Turkish Army'])
    await expect(focused()).resolves.toContain('suggested PLACE (gazetteer: Idlib)')
    await ui.press('x')
    await expect(focused()).resolves.not.toContain('gazetteer: Idlib)')
    await expect(saved()).resolves.toEqual(['ACTOR Turkish Army'])
    const set = await savedAnnotations(ws.dir, ws.docIds[0] ?? '')
    expect(set?.spans[0]?.attributes).toEqual({ category: 'state force' })
  })

  it('n walks to a casualty figure; accepting it keeps the parsed attributes', async () => {
    for (let i = 0; i < 30 && !(await focused()).includes('number pattern'); i++)
      await ui.press('n')
    await expect(focused()).resolves.toContain('suggested CASUALTY_FIGURE (number pattern)')
    await ui.press('a')
    await ui.waitSaved()
    const figure = (await savedAnnotations(ws.dir, ws.docIds[0] ?? ''))?.spans.find(
      (s) => s.label === 'CASUALTY_FIGURE',
    )
    expect(figure?.text).toBe('One Turkish soldier')
    expect(figure?.attributes).toMatchObject({ best: 1, qualifier: 'exact', outcome: 'killed' })
  })

  it('o proposes every other occurrence of the selected span, to accept or reject one by one', async () => {
    await ui.press('g')
    await ui.page.locator('.span-row', { hasText: 'Turkish Army' }).click()
    await ui.press('o')
    await expect(ui.page.locator('.notice').innerText()).resolves.toContain(
      '2 more occurrences of “Turkish Army”',
    )
    await ui.press('a')
    await ui.press('x')
    await expect(ui.page.locator('.notice').innerText()).resolves.toContain(
      'All suggestions reviewed',
    )
    const spans = await saved()
    expect(spans.filter((s) => s === 'ACTOR Turkish Army')).toHaveLength(2)
  })
})
