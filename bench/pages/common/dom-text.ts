/**
 * Offsets between the DOM and the document text for the baseline pages,
 * whose paragraphs are <p data-start="UTF-16 offset"> holding the text
 * (plain, or cut into <mark> segments).
 */
import type { Utf16Offset } from '../../../shared/text/offsets.ts'
import { snapToWords } from '../../../shared/text/text.ts'

function paragraphOf(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement
  return el?.closest<HTMLElement>('p[data-start]') ?? null
}

/** UTF-16 offset in the document of a DOM point inside a paragraph. */
export function documentOffset(node: Node, offset: number): number | null {
  const p = paragraphOf(node)
  if (!p) return null
  const before = document.createRange()
  before.setStart(p, 0)
  before.setEnd(node, offset)
  return Number(p.dataset['start']) + before.toString().length
}

/** The window selection as document offsets widened to whole words (as the app does), or null. */
export function selectedWords(text: string): [Utf16Offset, Utf16Offset] | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start = documentOffset(range.startContainer, range.startOffset)
  const end = documentOffset(range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  return snapToWords(text, start, end)
}

/** Finds DOM ranges for document offsets in a page whose paragraphs never change. */
export class ParagraphIndex {
  private readonly paragraphs: HTMLElement[]
  private readonly starts: number[]

  constructor(root: Element) {
    this.paragraphs = [...root.querySelectorAll<HTMLElement>('p[data-start]')]
    this.starts = this.paragraphs.map((p) => Number(p.dataset['start']))
  }

  /** A DOM range over document offsets [start, end) inside one paragraph. */
  range(start: number, end: number): Range {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= start) lo = mid
      else hi = mid - 1
    }
    const p = this.paragraphs[lo]
    if (!p) throw new Error(`no paragraph at ${start}`)
    const range = document.createRange()
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    let seen = this.starts[lo] ?? 0
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const length = (n as Text).data.length
      if (start >= seen && start <= seen + length) range.setStart(n, start - seen)
      if (end >= seen && end <= seen + length) {
        range.setEnd(n, end - seen)
        break
      }
      seen += length
    }
    return range
  }
}
