/**
 * Long documents paint their first screen first, and paint highlights where
 * the reader looks. Slate groups the paragraphs of a long document into
 * chunks (64 paragraphs); here all but the first chunks start as empty
 * placeholders of an estimated height and become real after the first
 * paint: at once when one nears the viewport, and otherwise in document
 * order, a few per task, so the page answers input meanwhile and holds the
 * whole text soon after. A real chunk is reported each time it comes within
 * a screen of the viewport, so its highlights are drawn before it is seen,
 * and each time it goes more than three screens away, so its highlights can
 * be let go: only the paragraphs around the view hold highlight leaves.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { RenderChunkProps } from 'slate-react'

/** Paragraphs rendered with the first paint: several screens of text. */
const FIRST_PARAGRAPHS = 64
/** A placeholder's height per paragraph: the estimate of the chunks' contain-intrinsic-size. */
const PARAGRAPH_HEIGHT_PX = 38
/** A background task renders chunks while the next one still fits in this (a long task is 50 ms). */
const TASK_BUDGET_MS = 40
/** "Near the viewport": within one height of the scrolling view above and below it. */
const NEAR = '100% 0px'
/** "Far from the viewport": more than three heights of the view away (well beyond near, so a chunk at the edge does not flicker). */
const FAR = '300% 0px'

/** Decides when each chunk of one document becomes real, and tells when a real one nears or leaves the view. */
export class ChunkScheduler {
  readonly placeholderHeight: string
  /** Paragraphs in the chunks rendered with the first paint. */
  readonly firstParagraphs: number
  private readonly firstChunks: number
  private ordinals = 0
  private readonly waiting = new Map<number, () => void>()
  private pumping = false
  private observer: IntersectionObserver | null | undefined
  private farObserver: IntersectionObserver | null = null
  private readonly placeholders = new Map<Element, number>()
  private readonly real = new Set<Element>()

  /**
   * `chunkSize`: paragraphs in a lowest chunk; `root`: the scrolling view;
   * `onNear`: called each time a real chunk comes near the view; `onFar`:
   * each time one goes far from it.
   */
  constructor(
    chunkSize: number,
    private readonly root: () => Element | null,
    private readonly onNear: (chunk: Element) => void,
    private readonly onFar: (chunk: Element) => void,
  ) {
    this.firstChunks = Math.max(1, Math.ceil(FIRST_PARAGRAPHS / chunkSize))
    this.firstParagraphs = this.firstChunks * chunkSize
    this.placeholderHeight = `${chunkSize * PARAGRAPH_HEIGHT_PX}px`
  }

  /** A number for each chunk, in document order (chunks first render in that order). */
  claim(): number {
    return this.ordinals++
  }

  startsActive(ordinal: number): boolean {
    return ordinal < this.firstChunks
  }

  /** Registers a placeholder; `activate` renders it. Returns the cleanup. */
  wait(ordinal: number, element: Element | null, activate: () => void): () => void {
    this.waiting.set(ordinal, activate)
    if (element) {
      this.placeholders.set(element, ordinal)
      this.observe(element)
    }
    this.schedule()
    return () => {
      this.waiting.delete(ordinal)
      if (element) {
        this.placeholders.delete(element)
        this.observer?.unobserve(element)
      }
    }
  }

  /** Registers a real chunk, reported to `onNear` and `onFar` as it nears and leaves the view. Returns the cleanup. */
  watch(element: Element | null): () => void {
    if (!element) return () => undefined
    if (!this.observing()) {
      this.onNear(element)
      return () => undefined
    }
    this.real.add(element)
    this.observe(element)
    this.farObserver?.observe(element)
    return () => {
      this.real.delete(element)
      this.observer?.unobserve(element)
      this.farObserver?.unobserve(element)
    }
  }

  dispose(): void {
    this.observer?.disconnect()
    this.farObserver?.disconnect()
    this.waiting.clear()
    this.real.clear()
    this.placeholders.clear()
  }

  private observing(): boolean {
    if (this.observer === undefined) {
      const root = this.root()
      this.observer =
        typeof IntersectionObserver === 'undefined' || !root
          ? null
          : new IntersectionObserver((entries) => this.onIntersect(entries), {
              root,
              rootMargin: NEAR,
            })
      this.farObserver =
        this.observer &&
        new IntersectionObserver(
          (entries) => {
            for (const entry of entries)
              if (!entry.isIntersecting && this.real.has(entry.target)) this.onFar(entry.target)
          },
          { root, rootMargin: FAR },
        )
    }
    return this.observer !== null
  }

  private observe(element: Element): void {
    if (this.observing()) this.observer?.observe(element)
  }

  private activate(ordinal: number): void {
    const activate = this.waiting.get(ordinal)
    this.waiting.delete(ordinal)
    activate?.()
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue
      const ordinal = this.placeholders.get(entry.target)
      if (ordinal !== undefined) this.activate(ordinal)
      if (this.real.has(entry.target)) this.onNear(entry.target)
    }
  }

  /**
   * Renders waiting chunks in document order: each one synchronously (so its
   * cost is known), as many per task as fit the budget, then yields.
   */
  private schedule(): void {
    if (this.pumping) return
    this.pumping = true
    setTimeout(() => {
      this.pumping = false
      const start = performance.now()
      let last = 0
      for (const ordinal of [...this.waiting.keys()].sort((a, b) => a - b)) {
        const before = performance.now()
        flushSync(() => this.activate(ordinal))
        last = performance.now() - before
        if (performance.now() - start + last > TASK_BUDGET_MS) break
      }
      if (this.waiting.size) this.schedule()
    }, 0)
  }
}

interface LazyChunkProps {
  scheduler: ChunkScheduler
  attributes: RenderChunkProps['attributes']
  children: ReactNode
}

/** One lowest chunk: its paragraphs, or a placeholder until the scheduler says so. */
export function LazyChunk({ scheduler, attributes, children }: LazyChunkProps) {
  const [ordinal] = useState(() => scheduler.claim())
  const [active, setActive] = useState(() => scheduler.startsActive(ordinal))
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (active) return scheduler.watch(element.current)
    return scheduler.wait(ordinal, element.current, () => setActive(true))
  }, [active, ordinal, scheduler])
  if (active) {
    return (
      <div {...attributes} ref={element} className="chunk">
        {children}
      </div>
    )
  }
  return (
    <div
      {...attributes}
      ref={element}
      className="chunk chunk-pending"
      style={{ height: scheduler.placeholderHeight }}
      contentEditable={false}
      aria-hidden="true"
    />
  )
}
