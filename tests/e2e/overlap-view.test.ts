import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seriousViolations } from './support/axe.ts'
import { blendShare, hexRgb, pixelsOf, sameColor, type Rgb } from './support/pixels.ts'
import { openSession, type Session } from './support/session.ts'

const TEXT =
  'Officials said on Monday that the Turkish Defense Ministry reported heavy losses near Idlib ' +
  'after a long night of shelling along the front line that runs south of the M4 highway and ' +
  'east of the city, according to several monitors and local residents in the area.'
const ATTRIBUTION =
  'the Turkish Defense Ministry reported heavy losses near Idlib after a long night of shelling ' +
  'along the front line that runs south of the M4 highway'
const COLORS = { ACTOR: '#1f77b4', CASUALTY_FIGURE: '#d62728', ATTRIBUTION: '#9467bd' }

interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/** The painted boxes of the first `text` in the reader, one per line it takes. */
function textRects(page: Page, text: string): Promise<Rect[]> {
  return page.evaluate((quote) => {
    const root = document.querySelector('.reader-text') as Element
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
    const full = nodes.map((n) => n.data).join('')
    const locate = (offset: number): [Text, number] => {
      let seen = 0
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen]
        seen += n.data.length
      }
      throw new Error(`offset ${offset} is past the text`)
    }
    const at = full.indexOf(quote)
    if (at < 0) throw new Error(`"${quote}" is not in the reader`)
    const range = document.createRange()
    range.setStart(...locate(at))
    range.setEnd(...locate(at + quote.length))
    const lines: { left: number; top: number; right: number; bottom: number }[] = []
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue
      const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2)
      if (!line) lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })
      else {
        line.left = Math.min(line.left, r.left)
        line.right = Math.max(line.right, r.right)
      }
    }
    return lines
  }, text)
}

describe('overlapping spans of three labels', () => {
  let session: Session
  let before: Rect[][]
  const words = ['Defense', 'Idlib', 'residents']

  beforeAll(async () => {
    session = await openSession({ 'report.txt': TEXT })
    const { ui } = session
    before = await Promise.all(words.map((w) => textRects(ui.page, w)))
    await ui.selectWithMouse(ATTRIBUTION)
    await ui.press('4')
    await ui.selectWithMouse('Turkish Defense Ministry')
    await ui.press('1')
    await ui.selectWithMouse('Defense Ministry reported heavy losses')
    await ui.press('3')
    await ui.expectAnnotations([
      `ATTRIBUTION ${ATTRIBUTION}`,
      'ACTOR Turkish Defense Ministry',
      'CASUALTY_FIGURE Defense Ministry reported heavy losses',
    ])
    await ui.waitSaved()
  })
  afterAll(() => session.close())

  it('leaves every word where it was', async () => {
    const after = await Promise.all(words.map((w) => textRects(session.ui.page, w)))
    // Within a pixel: text cut into pieces at a span's edge is shaped per piece (kerning moves a letter by 1/20 px).
    const moved = after.flatMap((lines, w) =>
      lines.flatMap((line, i) => {
        const was = before[w]?.[i]
        return was &&
          Math.max(
            ...(['left', 'top', 'right', 'bottom'] as const).map((k) => Math.abs(line[k] - was[k])),
          ) < 1
          ? []
          : [words[w]]
      }),
    )
    expect(moved).toEqual([])
    expect(after.map((lines) => lines.length)).toEqual(before.map((lines) => lines.length))
  })

  it("shows each label's color under a word all three cover, over one light tint", async () => {
    const { ui } = session
    await expect(ui.highlightLabelsAt('Defense')).resolves.toEqual([
      'ATTRIBUTION',
      'CASUALTY_FIGURE',
      'ACTOR',
    ])
    // Nothing selected, the pointer away: the overlap as a reader sees it.
    await ui.clickHighlight('Officials')
    await expect.poll(() => ui.selectedAnnotation()).toBe('')
    await ui.page.mouse.move(5, 5)
    const [word] = await textRects(ui.page, 'Defense')
    if (!word) throw new Error('"Defense" is not painted')
    const x = Math.round(word.left)
    const y = Math.round(word.top)
    const width = Math.round(word.right - word.left)
    const height = Math.round(word.bottom - word.top) + 12
    const pixels = await pixelsOf(ui.page, { x, y, width, height })
    const page = pixels.at(0, height - 1)
    const boxHeight = Math.round(word.bottom - word.top)

    // Under the word: a band of each label's color, each at least 2 px deep, in rows of their own.
    const column = Math.round(width / 2)
    const below = Array.from({ length: 12 }, (_, i) => pixels.at(column, boxHeight + i - 1))
    const rowsOf = (hex: string) =>
      below.flatMap((pixel, row) => (sameColor(pixel, hexRgb(hex), 12) ? [row] : []))
    const bands = Object.values(COLORS).map(rowsOf)
    for (const rows of bands) expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(new Set(bands.flat()).size).toBe(bands.flat().length)

    // Behind the letters: the most common color is the page or one label's light tint, not a mix.
    const counts = new Map<string, { pixel: Rgb; n: number }>()
    for (let row = 2; row < boxHeight - 2; row++)
      for (let col = 0; col < width; col++) {
        const pixel = pixels.at(col, row)
        const seen = counts.get(pixel.join()) ?? { pixel, n: 0 }
        counts.set(pixel.join(), { pixel, n: seen.n + 1 })
      }
    const behind = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.pixel ?? page
    const tints = Object.entries(COLORS).flatMap(([label, hex]) => {
      const share = blendShare(behind, page, hexRgb(hex))
      return share !== null && share > 0.05 && share < 0.4 ? [label] : []
    })
    expect({ behind, tints: tints.length }).toEqual({ behind, tints: 1 })
  })

  it('outlines a selected span that other spans start inside as one box per line', async () => {
    const { ui } = session
    await ui.clickHighlight('the')
    await expect.poll(() => ui.selectedAnnotation()).toBe(`ATTRIBUTION ${ATTRIBUTION}`)
    const lines = await textRects(ui.page, ATTRIBUTION)
    expect(lines.length).toBeGreaterThanOrEqual(2)
    const outline = ui.page.locator('.span-outline')
    await expect.poll(() => outline.count()).toBe(lines.length)
    // Its label alone is shown, not those of the spans that start inside it.
    await expect(ui.page.locator('.span-outline-label').allInnerTexts()).resolves.toEqual([
      'ATTRIBUTION',
    ])
    const boxes = await outline.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect()
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      }),
    )
    boxes.sort((a, b) => a.top - b.top)
    lines.forEach((line, i) => {
      const box = boxes[i]
      expect(box && box.left <= line.left && box.right >= line.right).toBe(true)
      expect(box && box.top <= line.top && box.bottom >= line.bottom).toBe(true)
    })
    // The overlay never takes the pointer: clicking a word under it still selects its span.
    await ui.clickHighlight('Turkish')
    await expect.poll(() => ui.selectedAnnotation()).toBe('ACTOR Turkish Defense Ministry')
    await expect(outline.count()).resolves.toBe(1)
    expect(await seriousViolations(ui.page)).toEqual([])
  })
})
