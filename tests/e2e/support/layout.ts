import type { Page } from 'playwright-core'

/** How far the page scrolls sideways (0 when it fits the window). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - innerWidth,
  )
}

/**
 * The elements matching `selector` that are not wholly on screen: cut off by
 * the window's edge or by an ancestor that clips them, or squeezed to nothing.
 */
export async function notWhollyVisible(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect()
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim()
      let clipped = r.width < 2 || r.left < 0 || r.right > innerWidth || r.bottom > innerHeight
      for (let p = el.parentElement; p && !clipped; p = p.parentElement) {
        if (getComputedStyle(p).overflowX === 'visible') continue
        const box = p.getBoundingClientRect()
        clipped = r.left < box.left - 1 || r.right > box.right + 1
      }
      if (clipped) out.push(`${name.slice(0, 40)} (${Math.round(r.left)}–${Math.round(r.right)})`)
    }
    return out
  }, selector)
}
