import { useEffect } from 'react'
import type { DocumentFlags } from '../../shared/contract/import-api.ts'
import type { DocumentStore } from '../state/document-store.ts'

/** The CSS highlight the style sheet dims (`::highlight(spanbench-boilerplate)`). */
export const BOILERPLATE_HIGHLIGHT = 'spanbench-boilerplate'

/**
 * Dims the reader's paragraphs that hold flagged lines, through the CSS
 * Custom Highlight API: the text, its DOM and its offsets stay exactly as
 * they are, so selecting and tagging work as anywhere else.
 */
export function useBoilerplateDimming(
  store: DocumentStore,
  lines: DocumentFlags['boilerplate'],
  on: boolean,
): void {
  useEffect(() => {
    if (!on || lines.length === 0 || typeof Highlight === 'undefined') return
    const reader = document.querySelector(`.reader[data-doc="${CSS.escape(store.doc.id)}"]`)
    if (!reader) return
    const paint = () => {
      const paragraphs = reader.querySelectorAll('.reader-text p')
      const highlight = new Highlight()
      for (const line of lines) {
        const [first, last] = store.paragraphs.range(
          store.offsets.toUtf16(line.start),
          store.offsets.toUtf16(line.end),
        )
        for (let i = first; i <= last; i++) {
          const p = paragraphs[i]
          if (!p) continue
          const range = new Range()
          range.selectNodeContents(p)
          highlight.add(range)
        }
      }
      CSS.highlights.set(BOILERPLATE_HIGHLIGHT, highlight)
    }
    paint()
    // The reader rebuilds its editor after stray input: paint the new paragraphs then.
    const observer = new MutationObserver(paint)
    observer.observe(reader, { childList: true })
    return () => {
      observer.disconnect()
      CSS.highlights.delete(BOILERPLATE_HIGHLIGHT)
    }
  }, [store, lines, on])
}
