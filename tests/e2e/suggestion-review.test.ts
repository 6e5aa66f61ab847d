import { describe, expect, it } from 'vitest'
import { withSampleSession } from './support/session.ts'

describe('reviewing suggestions', () => {
  const sample = withSampleSession()
  const banner = async () => {
    const text = await sample.ui.page.locator('.notice').innerText()
    return Number(/(\d+) suggestions?:/.exec(text)?.[1] ?? NaN)
  }
  const panel = () => sample.ui.page.getByRole('region', { name: 'Suggestion' })

  it('the side panel names the current suggestion’s label and source', async () => {
    await sample.ui.press('g')
    await panel().waitFor()
    await expect(panel().locator('.chip').innerText()).resolves.toBe('ACTOR')
    await expect(panel().innerText()).resolves.toContain('“Turkish Army”')
    await expect(panel().innerText()).resolves.toContain('Source: the gazetteer')
  })

  it('the banner’s count goes down with every accept and reject', async () => {
    const ui = sample.ui
    const start = await banner()
    expect(start).toBeGreaterThan(3)
    const seen: number[] = []
    for (const key of ['a', 'a', 'x']) {
      await ui.press(key)
      await expect.poll(banner).toBe(start - seen.length - 1)
      seen.push(await banner())
    }
    expect(seen).toEqual([start - 1, start - 2, start - 3])
    await expect(panel().innerText()).resolves.toContain(`${start - 3} left`)
  })
})
