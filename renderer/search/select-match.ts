import type { CodePointOffset } from '../../shared/text/offsets.ts'
import type { DocumentStore } from '../state/document-store.ts'

const WAIT_FRAMES = 180

/** The reader's paragraphs, once every one of them is in the page (long documents fill in when idle). */
export async function paragraphsOf(store: DocumentStore): Promise<HTMLElement[] | null> {
  for (let frame = 0; frame < WAIT_FRAMES; frame++) {
    const all = [
      ...document.querySelectorAll<HTMLElement>(
        `.reader[data-doc="${store.doc.id}"] .reader-text p`,
      ),
    ]
    if (all.length >= store.paragraphs.texts.length) return all
    await new Promise((done) => requestAnimationFrame(done))
  }
  return null
}

/** The text node and offset at UTF-16 `offset` of a paragraph element's text. */
function pointIn(paragraph: HTMLElement, offset: number): [Node, number] {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    // Slate's zero-width placeholders are not part of the text.
    acceptNode: (n) =>
      n.parentElement?.closest('[data-slate-zero-width]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  })
  let seen = 0
  let last: Text | null = null
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text
    if (offset <= seen + text.data.length) return [text, offset - seen]
    seen += text.data.length
    last = text
  }
  return last ? [last, last.data.length] : [paragraph, 0]
}

/**
 * Selects code points [start, end) of the open document in the reader, as if
 * the user had, and brings it into view: a label key then tags it.
 */
export async function selectMatch(
  store: DocumentStore,
  start: CodePointOffset,
  end: CodePointOffset,
): Promise<boolean> {
  const paragraphs = await paragraphsOf(store)
  if (!paragraphs) return false
  const from = store.offsets.toUtf16(start)
  const to = store.offsets.toUtf16(end)
  const [first, last] = [store.paragraphs.indexAt(from), store.paragraphs.indexAt(to)]
  const a = paragraphs[first]
  const b = paragraphs[last]
  if (!a || !b) return false
  const range = document.createRange()
  range.setStart(...pointIn(a, from - store.paragraphs.start(first)))
  range.setEnd(...pointIn(b, to - store.paragraphs.start(last)))
  document.querySelector<HTMLElement>('.reader-text')?.focus({ preventScroll: true })
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
  a.scrollIntoView({ block: 'center' })
  return true
}
