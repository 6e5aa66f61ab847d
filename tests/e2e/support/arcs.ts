import type { Page } from 'playwright-core'

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface ArcPicture {
  /** Relation arcs drawn. */
  arcs: number
  /** Pairs of arc labels that overlap, by their text. */
  labelCollisions: string[]
  /** Arc labels lying over words of the text, with the words. */
  labelsOverWords: string[]
}

/** What the reader's relation overlay shows: how many arcs, and whether their labels are legible. */
export async function arcPicture(page: Page): Promise<ArcPicture> {
  return page.evaluate(() => {
    const boxOf = (r: DOMRect): Box => ({
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
    })
    const meet = (a: Box, b: Box) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5
    const labels = [...document.querySelectorAll('.arcs text')].map((t) => ({
      text: t.textContent ?? '',
      box: boxOf(t.getBoundingClientRect()),
    }))
    const collisions: string[] = []
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        if (meet(a.box, b.box)) collisions.push(`${a.text} / ${b.text}`)
      }),
    )
    const words: { text: string; box: Box }[] = []
    const root = document.querySelector('.reader-text')
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(n, m.index)
        range.setEnd(n, m.index + m[0].length)
        for (const r of range.getClientRects()) words.push({ text: m[0], box: boxOf(r) })
      }
    }
    const over: string[] = []
    for (const label of labels)
      for (const word of words)
        if (meet(label.box, word.box)) over.push(`${label.text} over “${word.text}”`)
    return {
      arcs: document.querySelectorAll('.arcs [data-relation]').length,
      labelCollisions: collisions,
      labelsOverWords: over,
    }
  })
}
