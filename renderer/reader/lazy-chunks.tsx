/**
 * Long documents paint their first screen first. Slate groups the paragraphs
 * of a long document into chunks (64 paragraphs); here all but the first
 * chunks start as empty placeholders of an estimated height, and become real
 * after the first paint: at once when one nears the viewport, and otherwise
 * in document order, a few per task, so the page answers input meanwhile and
 * holds the whole text about a second later.
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

/** Decides when each placeholder chunk of one document becomes real. */
export class ChunkScheduler {
  readonly placeholderHeight: string
  private readonly firstChunks: number
  private ordinals = 0
  private readonly waiting = new Map<number, () => void>()
  private pumping = false
  private readonly observer: IntersectionObserver | null =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => this.onIntersect(entries), {
          rootMargin: '100% 0px',
        })
  private readonly elements = new Map<Element, number>()

  /** `chunkSize`: paragraphs in a lowest chunk. */
  constructor(chunkSize: number) {
    this.firstChunks = Math.max(1, Math.ceil(FIRST_PARAGRAPHS / chunkSize))
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
      this.elements.set(element, ordinal)
      this.observer?.observe(element)
    }
    this.schedule()
    return () => {
      this.waiting.delete(ordinal)
      if (element) {
        this.elements.delete(element)
        this.observer?.unobserve(element)
      }
    }
  }

  dispose(): void {
    this.observer?.disconnect()
    this.waiting.clear()
  }

  private activate(ordinal: number): void {
    const activate = this.waiting.get(ordinal)
    this.waiting.delete(ordinal)
    activate?.()
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const ordinal = this.elements.get(entry.target)
      if (entry.isIntersecting && ordinal !== undefined) this.activate(ordinal)
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
  const placeholder = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (active) return
    return scheduler.wait(ordinal, placeholder.current, () => setActive(true))
  }, [active, ordinal, scheduler])
  if (active) {
    return (
      <div {...attributes} className="chunk">
        {children}
      </div>
    )
  }
  return (
    <div
      {...attributes}
      ref={placeholder}
      className="chunk chunk-pending"
      style={{ height: scheduler.placeholderHeight }}
      contentEditable={false}
      aria-hidden="true"
    />
  )
}
