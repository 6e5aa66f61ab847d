import type { Editor, Point } from 'slate'
import { ReactEditor } from 'slate-react'

/**
 * The page's selection is the user's. Slate's copy of it lags behind
 * (slate-react takes it from a throttled `selectionchange`, which the browser
 * fires after the fact), and every render of the editor writes Slate's copy
 * back into the page: a render in between would wipe what the user just
 * selected. Called just before an operation that re-renders the editor, this
 * makes Slate's copy the page's, so the render puts back what the user
 * selected, even where it replaces the text nodes that held the selection.
 * No operation: setting the selection must not cost a render of its own.
 */
export function adoptPageSelection(editor: Editor): void {
  const page = window.getSelection()
  if (!page?.rangeCount || !page.anchorNode || !page.focusNode) return
  if (!ReactEditor.hasDOMNode(editor, page.anchorNode)) return
  if (!ReactEditor.hasDOMNode(editor, page.focusNode)) return
  const range = ReactEditor.toSlateRange(editor, page, { exactMatch: false, suppressThrow: true })
  if (range) editor.selection = range
}

/**
 * Puts a caret at `point`, in the page and in Slate alike (see
 * `adoptPageSelection`): where a tag leaves off, so Shift+arrows go on from
 * there and nothing scrolls.
 */
export function placeCaret(editor: Editor, point: Point): void {
  const range = { anchor: point, focus: point }
  editor.selection = range
  const page = window.getSelection()
  try {
    const dom = ReactEditor.toDOMRange(editor, range)
    page?.setBaseAndExtent(dom.startContainer, dom.startOffset, dom.endContainer, dom.endOffset)
  } catch {
    // The paragraph is not in the page: no caret to show.
    page?.removeAllRanges()
  }
}
