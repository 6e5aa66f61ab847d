/**
 * The in-page side of the benchmark, injected into every page measured (ours
 * and the baselines) so all are timed by the same code. The harness drives it
 * through `window.bench`.
 *
 * "Painted" is the end of the first frame that renders a change: a frame
 * clock posts a message from each frame's first requestAnimationFrame
 * callback, and that message runs right after the frame's paint. A change
 * made in a task between frames is painted by the next frame; one made
 * inside a frame's animation callbacks (as text-annotator redraws) by that
 * same frame.
 */
import type { ChangeTarget, ChangeTiming, OpenTiming, ScrollTiming } from '../lib/probe-types.ts'

interface Frame {
  /** Frame number (one per requestAnimationFrame tick while the clock runs). */
  n: number
}

/** Where a DOM change happened relative to the frame clock. */
interface ChangeMark {
  frame: number
  inFrame: boolean
}

class FrameClock {
  frame = 0
  /** True from a frame's first animation callback until its after-paint message. */
  inFrame = false
  private running = 0
  private readonly channel = new MessageChannel()
  private readonly listeners = new Set<(frame: Frame) => void>()

  constructor() {
    this.channel.port1.onmessage = (event: MessageEvent<number>) => {
      this.inFrame = false
      for (const listener of [...this.listeners]) listener({ n: event.data })
    }
    // Input handlers run in their own task: anything they change waits for the next frame.
    for (const type of ['keydown', 'pointerdown', 'pointerup', 'click', 'mouseup'])
      window.addEventListener(type, () => (this.inFrame = false), { capture: true })
  }

  start(): void {
    if (this.running++ === 0) requestAnimationFrame(this.tick)
  }

  stop(): void {
    this.running = Math.max(0, this.running - 1)
  }

  onAfterPaint(listener: (frame: Frame) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  mark(): ChangeMark {
    return { frame: this.frame, inFrame: this.inFrame }
  }

  /** Whether frame `n` rendered a change made at `mark`. */
  static painted(mark: ChangeMark, n: number): boolean {
    return mark.inFrame ? mark.frame <= n : mark.frame < n
  }

  private readonly tick = (): void => {
    if (this.running === 0) return
    // Registered first, so next frame this callback runs before the page's own.
    requestAnimationFrame(this.tick)
    this.frame++
    this.inFrame = true
    this.channel.port2.postMessage(this.frame)
  }
}

const clock = new FrameClock()

/** Long frames (long-animation-frame, or longtask where unsupported) since `since`. */
class LongFrames {
  readonly entries: { start: number; end: number }[] = []
  private readonly observer: PerformanceObserver | null

  constructor(since: number) {
    const supported = PerformanceObserver.supportedEntryTypes
    const type = supported.includes('long-animation-frame')
      ? 'long-animation-frame'
      : supported.includes('longtask')
        ? 'longtask'
        : null
    this.observer = type
      ? new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.startTime >= since)
              this.entries.push({ start: e.startTime, end: e.startTime + e.duration })
        })
      : null
    this.observer?.observe({ type: type ?? '', buffered: false })
  }

  get last(): number {
    return Math.max(0, ...this.entries.map((e) => e.end))
  }

  get worst(): number {
    return Math.max(0, ...this.entries.map((e) => e.end - e.start))
  }

  disconnect(): void {
    this.observer?.disconnect()
  }
}

function waitForTrigger(type: string): Promise<number> {
  return new Promise((resolve) => {
    window.addEventListener(type, (event) => resolve(event.timeStamp), {
      capture: true,
      once: true,
    })
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function required(selector: string): Element {
  const el = document.querySelector(selector)
  if (!el) throw new Error(`bench: no ${selector} in the page`)
  return el
}

/** Whether the first element matching `selector` has a box inside the window (cheap: one element). */
function visible(selector: string): boolean {
  const r = document.querySelector(selector)?.getBoundingClientRect()
  return !!r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight
}

/** `count` elements match `selector`; checked at most every 50 ms, counting is not free. */
function counter(selector: string, count: number): () => boolean {
  let last = 0
  return () => {
    const now = performance.now()
    if (now - last < 50) return false
    last = now
    return document.querySelectorAll(selector).length >= count
  }
}

const QUIET_MS = 1000
const TIMEOUT_MS = 60_000

let pending: Promise<unknown> | null = null

function arm<T>(task: () => Promise<T>): void {
  pending = task()
  pending.catch(() => undefined)
}

async function settle<T>(): Promise<T> {
  if (!pending) throw new Error('bench: nothing armed')
  const p = pending as Promise<T>
  pending = null
  return withTimeout(p)
}

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    sleep(TIMEOUT_MS).then(() => {
      throw new Error(`bench: no paint within ${TIMEOUT_MS} ms`)
    }),
  ])
}

/** Resolves with the time of the first after-paint point that satisfies `done`. */
function afterPaintWhen(done: (frame: Frame) => boolean): Promise<number> {
  return new Promise((resolve) => {
    const off = clock.onAfterPaint((frame) => {
      if (!done(frame)) return
      off()
      resolve(performance.now())
    })
  })
}

const bench = {
  /**
   * The next `trigger` event starts the clock; measures until a change at the
   * target is painted: inside the paragraph (of `at.paragraphs` under
   * `at.root`) that holds `at.phrase`, or the paragraph itself replaced, or
   * inside `at.layer` (where a page draws highlights apart from the text).
   * Changes elsewhere in the reader (highlights drawn far away) do not count.
   */
  armChange(trigger: string, at: ChangeTarget): void {
    const root = required(at.root)
    const paragraph = [...root.querySelectorAll(at.paragraphs)].find((p) =>
      p.textContent?.includes(at.phrase),
    )
    if (!paragraph) throw new Error(`bench: no ${at.paragraphs} holds "${at.phrase}"`)
    const layer = at.layer === null ? null : required(at.layer)
    const atTarget = (r: MutationRecord): boolean =>
      paragraph.contains(r.target) ||
      (layer?.contains(r.target) ?? false) ||
      [...r.removedNodes].includes(paragraph)
    clock.start()
    arm(async (): Promise<ChangeTiming> => {
      let change: ChangeMark | null = null
      const observer = new MutationObserver((records) => {
        if (records.some(atTarget)) change ??= clock.mark()
      })
      const started = waitForTrigger(trigger).then((t) => {
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        })
        return t
      })
      try {
        const t0 = await started
        const end = await afterPaintWhen((f) => change !== null && FrameClock.painted(change, f.n))
        return { painted: end - t0 }
      } finally {
        observer.disconnect()
        clock.stop()
      }
    })
  },

  changeResult(): Promise<ChangeTiming> {
    return settle<ChangeTiming>()
  },

  /**
   * The next `trigger` event starts the clock; measures until a `highlight`
   * is painted in view, then until `count` elements match `paragraphs` (the
   * whole text is in the page) and no long frame has come for a second.
   */
  armOpen(trigger: string, highlight: string, paragraphs: string, count: number): void {
    clock.start()
    arm(async (): Promise<OpenTiming> => {
      let last: ChangeMark = clock.mark()
      const observer = new MutationObserver(() => (last = clock.mark()))
      observer.observe(document.body, { subtree: true, childList: true, attributes: true })
      try {
        const t0 = await waitForTrigger(trigger)
        last = clock.mark()
        const long = new LongFrames(t0)
        const painted = await afterPaintWhen(
          (f) => visible(highlight) && FrameClock.painted(last, f.n),
        )
        const whole = counter(paragraphs, count)
        const complete = await afterPaintWhen((f) => FrameClock.painted(last, f.n) && whole())
        clock.stop()
        let seen = -1
        while (seen !== long.entries.length) {
          seen = long.entries.length
          await sleep(QUIET_MS)
        }
        long.disconnect()
        return {
          painted: painted - t0,
          interactive: Math.max(complete, long.last) - t0,
          responsive: Math.max(painted, long.last) - t0,
          longFrames: long.entries.length,
          worstLongFrame: long.worst,
        }
      } finally {
        observer.disconnect()
      }
    })
  },

  openResult(): Promise<OpenTiming> {
    return settle<OpenTiming>()
  },

  /** Scrolls `container` from top to bottom by `step` pixels a frame. */
  async scroll(container: string, step: number): Promise<ScrollTiming> {
    const el = required(container)
    el.scrollTop = 0
    await sleep(300)
    const since = performance.now()
    const long = new LongFrames(since)
    const intervals: number[] = []
    await withTimeout(
      new Promise<void>((resolve) => {
        let last = performance.now()
        let tail = 2
        const frame = (): void => {
          const now = performance.now()
          intervals.push(now - last)
          last = now
          const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1
          if (atEnd && --tail < 0) return resolve()
          el.scrollTop += step
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(() => {
          last = performance.now()
          requestAnimationFrame(frame)
        })
      }),
    )
    await sleep(200)
    long.disconnect()
    return {
      frames: intervals.length,
      worstFrame: Math.max(...intervals),
      worstLongFrame: long.worst,
      height: el.scrollHeight,
    }
  },
}

export type BenchProbe = typeof bench

declare global {
  interface Window {
    bench: BenchProbe
  }
}

window.bench = bench
