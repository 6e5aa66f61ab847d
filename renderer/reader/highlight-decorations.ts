import { useEffect, useMemo, type RefObject } from 'react'
import { Editor, Element as SlateElement, type NodeEntry, type Range } from 'slate'
import { ReactEditor } from 'slate-react'
import type { DocumentStore, HighlightRange } from '../state/document-store.ts'
import { ChunkScheduler } from './lazy-chunks.tsx'
import { adoptPageSelection } from './page-selection.ts'
import { redecorate } from './read-only-text.ts'

/** Paragraphs in a lowest chunk of the reader. */
export const CHUNK_SIZE = 64
/** Paragraphs decorated per task as they near the view, so scrolling never waits long for a frame. */
const BATCH = 12
/** Paragraphs decorated per idle moment once the whole text is in the page. */
const BACKGROUND_BATCH = 64

/**
 * Highlights as Slate decorations of paragraph elements, from the store's
 * per-paragraph index, drawn where the reader looks: the paragraphs of the
 * first paint, then each chunk as it comes within a screen of the view (a
 * long document's whole text is in the page soon after opening; its tens of
 * thousands of highlights are not all built before it answers). Paragraphs
 * nearing the view are decorated a few per task, the latest to come near
 * first (a fast scroll passes chunks by); the rest follow a chunk at a time
 * whenever the page is idle. A paragraph once decorated stays so.
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
  private timer: number | null = null
  private idle: number | null = null
  /** Where the background pass goes on from. */
  private cursor = 0

  constructor(
    private readonly editor: Editor,
    private readonly store: DocumentStore,
    view: () => Element | null,
  ) {
    this.scheduler = new ChunkScheduler(CHUNK_SIZE, view, (chunk) => this.near(chunk))
    for (let p = 0; p < this.scheduler.firstParagraphs; p++) this.decorated.add(p)
  }

  /** Starts (again, after a dispose) the work that follows the first paint. */
  start(): void {
    this.scheduler.whenAllReal(() => this.background())
    if (this.waiting.length) this.later()
  }

  readonly decorate = ([node, path]: NodeEntry): Range[] => {
    const paragraph = path[0]
    if (!SlateElement.isElement(node) || path.length !== 1 || paragraph === undefined) return []
    if (!this.decorated.has(paragraph)) return []
    const highlights = this.store.highlights(paragraph)
    this.shown.set(paragraph, highlights)
    return highlights
  }

  /** After a span change: marks the decorated paragraphs whose highlights changed. */
  refresh(): void {
    const changed: number[] = []
    for (const [paragraph, highlights] of this.shown) {
      if (this.store.highlights(paragraph) !== highlights) changed.push(paragraph)
    }
    this.mark(changed)
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.idle !== null) cancelIdleCallback(this.idle)
    this.timer = null
    this.idle = null
    this.scheduler.dispose()
  }

  private near(chunk: Element): void {
    const paragraphs = [...chunk.children]
      .filter((child) => child.matches('[data-slate-node="element"]'))
      .map((child) =>
        ReactEditor.findPath(this.editor, ReactEditor.toSlateNode(this.editor, child)),
      )
      .map((path) => path[0])
      .filter((p): p is number => p !== undefined && !this.decorated.has(p))
    const fresh = new Set(paragraphs)
    this.waiting = [...paragraphs, ...this.waiting.filter((p) => !fresh.has(p))]
    this.later()
  }

  private later(): void {
    this.timer ??= window.setTimeout(() => {
      this.timer = null
      this.decorateNow(this.waiting.splice(0, BATCH))
      if (this.waiting.length) this.later()
    }, 0)
  }

  /**
   * The rest of the document, in reading order, a batch whenever the page is
   * idle: a reader who scrolls far a few seconds after opening finds the
   * highlights drawn already, and the page never changes under a fast scroll.
   */
  private background(): void {
    this.idle = requestIdleCallback(() => {
      this.idle = null
      const batch: number[] = []
      const count = this.editor.children.length
      while (batch.length < BACKGROUND_BATCH && this.cursor < count) {
        if (!this.decorated.has(this.cursor)) batch.push(this.cursor)
        this.cursor++
      }
      this.decorateNow(batch)
      if (this.cursor < count) this.background()
    })
  }

  private decorateNow(paragraphs: readonly number[]): void {
    const marked: number[] = []
    for (const paragraph of paragraphs) {
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
  useEffect(
    () =>
      store.watch(
        (s) => s.version,
        () => decorations.refresh(),
      ),
    [decorations, store],
  )
  return decorations
}
