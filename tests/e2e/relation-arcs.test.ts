import { describe, expect, it } from 'vitest'
import { arcPicture } from './support/arcs.ts'
import { withSampleSession } from './support/session.ts'

/** Seed 000, second paragraph: a casualty figure with its victim, place and attribution. */
describe('relation arcs', () => {
  const sample = withSampleSession()
  const arcCount = async () => (await arcPicture(sample.ui.page)).arcs

  it('the "Which relation?" chooser opens at the span, over the text, moving nothing', async () => {
    const { ui } = sample
    await ui.openDocument('Video: Turkish')
    for (const [text, key] of [
      ['At least 6 members', '3'],
      ['Turkistan Islamic Party', '1'],
      ['al-Gassaneyah', '2'],
      ['Some pro-militant sources claimed', '4'],
    ] as const) {
      await ui.selectWithKeyboard(text)
      await ui.press(key)
    }
    await ui.pressUntilSelected('[', 'CASUALTY_FIGURE At least 6 members')
    const textTop = () =>
      ui.reader
        .locator('p')
        .first()
        .evaluate((p) => p.getBoundingClientRect().top)
    const before = await textTop()
    await ui.press('r')
    const notice = ui.page.locator('.notice')
    while (!(await notice.innerText()).includes('to “Turkistan Islamic Party”'))
      await ui.press('Tab')
    await ui.press('Enter')
    const chooser = ui.page.getByRole('dialog', { name: 'Relation type' })
    await chooser.waitFor()
    await expect(textTop()).resolves.toBe(before)
    const target = await ui.page
      .locator('.reader [data-spans]', { hasText: 'Turkistan Islamic Party' })
      .first()
      .boundingBox()
    const box = await chooser.boundingBox()
    expect(target && box).toBeTruthy()
    if (!target || !box) return
    // Just below (or above) the span, overlapping the text column, not pinned to the top.
    expect(
      Math.min(
        Math.abs(box.y - (target.y + target.height)),
        Math.abs(box.y + box.height - target.y),
      ),
    ).toBeLessThan(12)
    await ui.press('1')
    await chooser.waitFor({ state: 'detached' })
    await ui.linkTo('al-Gassaneyah')
    await ui.linkTo('Some pro-militant sources claimed')
    await ui.waitSaved()
    await expect.poll(arcCount).toBe(3)
  })

  it('labels never collide nor lie over words, at 1400 px and at 1024 px', async () => {
    const { ui } = sample
    const picture = await arcPicture(ui.page)
    expect(picture.arcs).toBe(3)
    expect(picture.labelCollisions).toEqual([])
    expect(picture.labelsOverWords).toEqual([])
    await ui.page.setViewportSize({ width: 1024, height: 700 })
    await expect.poll(async () => (await arcPicture(ui.page)).labelsOverWords).toEqual([])
    expect((await arcPicture(ui.page)).labelCollisions).toEqual([])
    await ui.page.setViewportSize({ width: 1400, height: 900 })
  })

  it('arcs are drawn when the document opens: after a reload, Alt+↓/↑, or from the list', async () => {
    const { ui, session } = sample
    await ui.open(session.ws.url)
    await expect.poll(arcCount, { timeout: 3000 }).toBe(3)
    await ui.press('Alt+ArrowDown')
    await expect.poll(arcCount, { timeout: 3000 }).toBe(0)
    await ui.press('Alt+ArrowUp')
    await ui.page.locator('.topbar .doc-name', { hasText: 'Video: Turkish' }).waitFor()
    await expect.poll(arcCount, { timeout: 3000 }).toBe(3)
    await ui.openDocument('Home / News / Idlib')
    await ui.openDocument('Video: Turkish')
    await expect.poll(arcCount, { timeout: 3000 }).toBe(3)
  })
})
