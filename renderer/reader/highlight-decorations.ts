import { useEffect, useLayoutEffect, useMemo, type RefObject } from 'react'
import { Editor, Element as SlateElement, type NodeEntry, type Range } from 'slate'
import { ReactEditor } from 'slate-react'
import type { DocumentStore, HighlightRange } from '../state/document-store.ts'
import { ChunkScheduler } from './lazy-chunks.tsx'
import { adoptPageSelection } from './page-selection.ts'
import { redecorate } from './read-only-text.ts'

/** Paragraphs in a lowest chunk of the reader. */
export const CHUNK_SIZE = 64
/** Paragraphs decorated per task as they near the view, so input never waits long for a frame. */
const BATCH = 12
/** Paragraphs whose highlights are let go per idle moment once they are far from the view. */
const RELEASE_BATCH = BATCH
/**
 * Highlights are drawn and let go once the view has not scrolled, and no key
 * or button was pressed, for this long: every render of the editor costs a
 * style and layout pass (slate-react reads the page's selection after it), so
 * none comes between the frames of a scroll, or between a key and the frame
 * that shows what it did.
 */
const QUIET_MS = 120
/** The input that postpones drawing (on the window, so keys handled anywhere count). */
const INPUT_EVENTS = ['keydown', 'pointerdown'] as const

/**
 * Highlights as Slate decorations of paragraph elements, from the store's
 * per-paragraph index, drawn where the reader looks: the paragraphs of the
 * first paint, then each chunk as it comes within a screen of the view, a
 * few paragraphs per task, the latest to come near first, once the view
 * stops scrolling and a key just pressed is handled and painted (a fast
 * scroll passes chunks by, and neither its frames nor an edit's wait for a
 * render). A chunk that goes more than three screens away lets
 * its highlights go, whenever the page is idle: a long document's whole text is
 * in the page, but only the paragraphs around the view hold the leaves,
 * elements and React components of its tens of thousands of highlights.
 *
 * `decorate` stays the same function (a new one would make Slate ask every
 * node again); after a span change, only decorated paragraphs whose
 * highlights changed are marked, and Slate re-renders them and nothing else.
 * The reader itself never re-renders for a change: each render of the editor
 * writes Slate's selection back into the page and walks the whole tree.
 */
export class HighlightDecorations {
  readonly scheduler: ChunkScheduler
  private readonly decorated = new Set<number>()
  /** What `decorate` last gave each decorated paragraph. */
  private readonly shown = new Map<number, HighlightRange[]>()
  private waiting: number[] = []
  /** The highlights each waiting paragraph had when it came near: a change since is drawn at once. */
  private readonly nearWith = new Map<number, HighlightRange[]>()
  /** Decorated paragraphs gone far from the view, to be drawn plain again. */
  private leaving = new Set<number>()
  private timer: number | null = null
  private idle: number | null = null
  /** When the view last scrolled, or the user last pressed a key or button. */
  private busyAt = 0
  private readonly onBusy = () => {
    this.busyAt = performance.now()
  }

  constructor(
    private readonly editor: Editor,
    private readonly store: DocumentStore,
    private readonly view: () => Element | null,
  ) {
    this.scheduler = new ChunkScheduler(
      CHUNK_SIZE,
      view,
      (chunk) => this.near(chunk),
      (chunk) => this.far(chunk),
    )
    for (let p = 0; p < this.scheduler.firstParagraphs; p++) this.decorated.add(p)
  }

  /** Starts (again, after a dispose) the work that follows the first paint. */
  start(): void {
    this.view()?.addEventListener('scroll', this.onBusy, { passive: true })
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, this.onBusy, { capture: true, passive: true })
    if (this.waiting.length) this.later()
    if (this.leaving.size) this.release()
  }

  readonly decorate = ([node, path]: NodeEntry): Range[] => {
    const paragraph = path[0]
    if (!SlateElement.isElement(node) || path.length !== 1 || paragraph === undefined) return []
    if (!this.decorated.has(paragraph)) return []
    const highlights = this.store.highlights(paragraph)
    this.shown.set(paragraph, highlights)
    return highlights
  }

  /**
   * After a span change: marks the decorated paragraphs whose highlights
   * changed, and decorates at once a paragraph near the view whose turn has
   * not come yet, and the selected span's (an edit is never left waiting
   * behind the drawing).
   */
  refresh(): void {
    const changed: number[] = []
    for (const [paragraph, highlights] of this.shown) {
      if (this.store.highlights(paragraph) !== highlights) changed.push(paragraph)
    }
    for (const [paragraph, highlights] of this.nearWith) {
      if (this.store.highlights(paragraph) !== highlights) changed.push(paragraph)
    }
    // The span an edit leaves selected (a tag, a relabel, an undo) is drawn
    // at once wherever it is: the page may have scrolled away from it.
    const selected = this.store.span(this.store.getSnapshot().selectedId ?? '')
    if (selected) {
      const [first, last] = this.store.paragraphs.range(selected.start, selected.end)
      for (let p = first; p <= last; p++) if (!this.decorated.has(p)) changed.push(p)
    }
    for (const paragraph of changed) {
      this.decorated.add(paragraph)
      this.nearWith.delete(paragraph)
    }
    this.mark([...new Set(changed)])
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.idle !== null) cancelIdleCallback(this.idle)
    this.timer = null
    this.idle = null
    this.view()?.removeEventListener('scroll', this.onBusy)
    for (const type of INPUT_EVENTS)
      window.removeEventListener(type, this.onBusy, { capture: true })
    this.scheduler.dispose()
  }

  private near(chunk: Element): void {
    const paragraphs = this.paragraphsOf(chunk)
    for (const p of paragraphs) this.leaving.delete(p)
    const fresh = new Set(paragraphs.filter((p) => !this.decorated.has(p)))
    for (const p of fresh) this.nearWith.set(p, this.store.highlights(p))
    this.waiting = [...fresh, ...this.waiting.filter((p) => !fresh.has(p))]
    this.later()
  }

  private far(chunk: Element): void {
    const paragraphs = new Set(this.paragraphsOf(chunk))
    this.waiting = this.waiting.filter((p) => !paragraphs.has(p))
    for (const p of paragraphs) this.nearWith.delete(p)
    for (const p of paragraphs) if (this.decorated.has(p)) this.leaving.add(p)
    this.release()
  }

  /** The paragraph numbers of a chunk's elements. */
  private paragraphsOf(chunk: Element): number[] {
    return [...chunk.children]
      .filter((child) => child.matches('[data-slate-node="element"]'))
      .map((child) =>
        ReactEditor.findPath(this.editor, ReactEditor.toSlateNode(this.editor, child)),
      )
      .map((path) => path[0])
      .filter((p): p is number => p !== undefined)
  }

  /** How long until the view and the user have been still for QUIET_MS. */
  private untilStill(): number {
    return Math.max(0, this.busyAt + QUIET_MS - performance.now())
  }

  private later(): void {
    this.timer ??= window.setTimeout(() => {
      this.timer = null
      if (this.untilStill() === 0) this.decorateNow(this.waiting.splice(0, BATCH))
      if (this.waiting.length) this.later()
    }, this.untilStill())
  }

  /** Draws far paragraphs plain again, a batch whenever the page is idle and the view still. */
  private release(): void {
    this.idle ??= requestIdleCallback(() => {
      this.idle = null
      if (this.untilStill() > 0) return this.release()
      const batch = [...this.leaving].slice(0, RELEASE_BATCH)
      for (const p of batch) {
        this.leaving.delete(p)
        this.decorated.delete(p)
      }
      this.mark(batch.filter((p) => this.shown.delete(p) && this.store.highlights(p).length))
      if (this.leaving.size) this.release()
    })
  }

  private decorateNow(paragraphs: readonly number[]): void {
    const marked: number[] = []
    for (const paragraph of paragraphs) {
      this.nearWith.delete(paragraph)
      if (this.decorated.has(paragraph) || !this.editor.children[paragraph]) continue
      this.decorated.add(paragraph)
      const highlights = this.store.highlights(paragraph)
      if (highlights.length) marked.push(paragraph)
      else this.shown.set(paragraph, highlights)
    }
    this.mark(marked)
  }

  /**
   * Re-renders `paragraphs` with fresh decorations. The render writes Slate's
   * selection into the page, so Slate first takes the page's: a selection
   * made a moment ago survives, and a tag pressed next finds it.
   */
  private mark(paragraphs: readonly number[]): void {
    if (!paragraphs.length) return
    adoptPageSelection(this.editor)
    Editor.withoutNormalizing(this.editor, () => {
      for (const paragraph of paragraphs) redecorate(this.editor, paragraph)
    })
  }
}

/** The reader's highlight decorations for `editor`, kept up with the store's span changes. */
export function useHighlightDecorations(
  editor: Editor,
  store: DocumentStore,
  view: RefObject<HTMLElement | null>,
): HighlightDecorations {
  const decorations = useMemo(
    () => new HighlightDecorations(editor, store, () => view.current),
    [editor, store, view],
  )
  useEffect(() => {
    decorations.start()
    return () => decorations.dispose()
  }, [decorations])
  // Subscribed before the components that read the store (they subscribe in
  // passive effects), so a change's decorations reach Slate first: Slate's
  // render of them then takes those components' updates along, in one commit
  // (each commit that renders the editor reads and writes the page's selection).
  useLayoutEffect(
    () =>
      store.watch(
        (s) => s.version,
        () => decorations.refresh(),
      ),
    [decorations, store],
  )
  return decorations
}
