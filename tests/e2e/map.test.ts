import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi, findCodePoints, spanAt } from '../support/backend.ts'
import { seriousViolations } from './support/axe.ts'
import { savedAnnotations } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'

const TEXT = 'At least 33 Turkish soldiers were killed in Idlib, the ministry said.'
/** A place no gazetteer knows: only coordinates entered on the span put it on the map. */
const UNKNOWN = 'Shelling hit Tell Qarqour al-Wadi overnight.'

describe('the map', () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession({ 'idlib.txt': TEXT, 'other.txt': UNKNOWN })
    const { port, token } = session.ws.server
    const at = (quote: string) => findCodePoints(TEXT, quote)
    const [fs, fe] = at('At least 33 Turkish soldiers')
    const [ps, pe] = at('Idlib')
    const saved = await callApi(port, token, 'annotations.apply', {
      docId: session.ws.docIds[0] ?? '',
      revision: 0,
      ops: [
        {
          op: 'addSpan',
          span: {
            ...spanAt(TEXT, fs, fe, 'CASUALTY_FIGURE', 'f1'),
            attributes: { low: 33, best: 33, qualifier: 'at_least', outcome: 'killed' },
          },
        },
        { op: 'addSpan', span: spanAt(TEXT, ps, pe, 'PLACE', 'p1') },
        { op: 'addRelation', relation: { id: 'r1', type: 'location', from: 'f1', to: 'p1' } },
      ],
    })
    expect(saved.ok).toBe(true)
  })
  afterAll(() => session.close())

  it('puts a tagged place on the map from the gazetteer, lists its figures, and opens one', async () => {
    const { ui, ws } = session
    await ui.open(ws.url)
    await ui.page.getByRole('button', { name: 'Map', exact: true }).click()
    const view = ui.page.getByRole('region', { name: 'Map' })
    await view.locator('svg[aria-label^="Map of the places"]').waitFor()
    await expect(view.locator('svg circle').count()).resolves.toBe(1)
    await expect(
      view.getByRole('complementary', { name: 'Places' }).innerText(),
    ).resolves.toContain('Idlib 1 figure, 33 people')
    expect(await seriousViolations(ui.page)).toEqual([])
    await view.locator('svg circle').first().click()
    await view.getByRole('heading', { name: 'Idlib' }).waitFor()
    await view.getByRole('button', { name: 'At least 33 Turkish soldiers' }).click()
    await ui.page.locator('.reader-text').waitFor()
    await expect
      .poll(() => ui.selectedAnnotation())
      .toBe('CASUALTY_FIGURE At least 33 Turkish soldiers')
  })
  it('puts a place the gazetteer does not know on the map from the coordinates entered on it', async () => {
    const { ui, ws } = session
    await ui.open(ws.url)
    await ui.openDocument('Shelling hit')
    await ui.selectWithMouse('Tell Qarqour al-Wadi')
    await ui.press('2')
    await ui.expectAnnotations(['PLACE Tell Qarqour al-Wadi'])
    const details = ui.page.getByRole('region', { name: 'Selected annotation' })
    const latitude = details.getByLabel('Latitude')
    await latitude.fill('95')
    await latitude.press('Enter')
    await expect(details.getByRole('alert').innerText()).resolves.toBe(
      'Latitude must be a number from -90 to 90, not 95: not saved.',
    )
    expect(await seriousViolations(ui.page)).toEqual([])
    await latitude.fill('35.51')
    await latitude.press('Enter')
    await expect(details.getByRole('alert').count()).resolves.toBe(0)
    const longitude = details.getByLabel('Longitude')
    await longitude.fill('36.42')
    await longitude.press('Enter')
    await ui.waitSaved()
    await expect
      .poll(async () => (await savedAnnotations(ws.dir, ws.docIds[1] ?? ''))?.spans[0]?.attributes)
      .toEqual({ lat: 35.51, lon: 36.42 })

    await ui.page.getByRole('button', { name: 'Map', exact: true }).click()
    const view = ui.page.getByRole('region', { name: 'Map' })
    await view.locator('svg[aria-label^="Map of the places"]').waitFor()
    await expect(view.locator('svg circle').count()).resolves.toBe(2)
    await expect(
      view.getByRole('complementary', { name: 'Places' }).innerText(),
    ).resolves.toContain('Tell Qarqour al-Wadi')
  })
})
