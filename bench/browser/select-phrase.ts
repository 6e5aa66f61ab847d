/**
 * Selects a phrase, first scrolled to the middle of the reader, so all three
 * pages are tagged at the same place. The selection is set on the phrase's
 * text (what a mouse drag leaves behind), in view as a user's would be; only
 * what follows the key press is timed. (The e2e page model centres the element around the phrase instead,
 * which for a long paragraph of plain text leaves the phrase under the
 * toolbar.)
 */
import type { Page } from 'playwright-core'

/** Finds the phrase, scrolls it to the middle of the reader, selects it; returns the selection. */
function selectInPage(phrase: string): string | null {
  const root = document.querySelector('.reader-text')
  const scroller = document.querySelector('.reader')
  if (!root || !scroller) return null
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  let full = ''
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text)
    full += (n as Text).data
  }
  const at = full.indexOf(phrase)
  if (at < 0) return null
  const point = (offset: number): [Text, number] => {
    let seen = 0
    for (const node of nodes) {
      if (offset < seen + node.data.length) return [node, offset - seen]
      seen += node.data.length
    }
    throw new Error('offset past the text')
  }
  const [startNode, startOffset] = point(at)
  const [endNode, endOffset] = point(at + phrase.length - 1)
  const range = document.createRange()
  range.setStart(startNode, startOffset)
  range.setEnd(endNode, endOffset + 1)
  const view = scroller.getBoundingClientRect()
  scroller.scrollTop += range.getBoundingClientRect().top - (view.top + view.height / 2)
  ;(scroller as HTMLElement).focus({ preventScroll: true })
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
  return selection?.toString() ?? null
}

export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  // Where a page skips the layout of text out of view (content-visibility),
  // the phrase's place is only known once it is near: scrolled there once, it
  // is centred again after the page has laid out what came into view.
  for (let i = 0; i < CENTRING_PASSES; i++) {
    const selected = await page.evaluate(selectInPage, phrase)
    if (selected === null) throw new Error(`"${phrase}" is not in the page`)
    if (selected !== phrase) throw new Error(`selected "${selected}", not "${phrase}"`)
    // Let the page see the selection change (and the content scrolled into view settle).
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
  }
}

/** Scroll-and-select passes: the second finds the phrase where the first left it. */
const CENTRING_PASSES = 3
