import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { lineBoxes, type Box } from './outline-boxes.ts'
import { watchLayout } from './watch-layout.ts'

/** The boxes of a highlighted piece, one per line, reaching down over its underline bands (its box shadows). */
function withBands(piece: Element): Box[] {
  const offsets = [...getComputedStyle(piece).boxShadow.matchAll(SHADOW_Y)].map((m) => Number(m[1]))
  const bands = Math.max(0, ...offsets)
  return [...piece.getClientRects()].map((r) => ({
    left: r.left,
    right: r.right,
    top: r.top,
    bottom: r.bottom + bands,
  }))
}

/** The vertical offset of each shadow in a computed `box-shadow` ("rgb(…) 0px 5px 0px 0px, …"). */
const SHADOW_Y = /\)\s+-?[\d.]+px\s+(-?[\d.]+)px/g

/** How a span is outlined: selected, linked from, a link's target, a proposal in focus. */
export type OutlineKind = 'selected' | 'link-from' | 'link-target' | 'suggestion'

export interface Outline {
  id: string
  kind: OutlineKind
  /** Shown over the outline's first line (the selected span's label). */
  label?: string
}

interface Drawn {
  id: string
  key: string
  kind: OutlineKind
  line: number
  box: Box
  label: string | undefined
}

/**
 * Outlines spans as one continuous shape per line, whatever other spans
 * start or end inside them: boxes over the span's painted pieces, merged per
 * line, in an overlay that takes no pointer events. A box reaches down over
 * the piece's underline bands, so outlining hides none of them. Positions are in the
 * scrolling view's content, measured again whenever the layout may move.
 */
export function SpanOutlines({
  outlines,
  container,
  piecesOf,
}: {
  outlines: readonly Outline[]
  container: RefObject<HTMLDivElement | null>
  /** The painted pieces of a span (in the order painted). */
  piecesOf: (id: string) => Element[]
}) {
  const [drawn, setDrawn] = useState<Drawn[]>([])
  const overlay = useRef<HTMLDivElement>(null)
  const wanted = outlines.map((o) => `${o.kind}:${o.id}:${o.label ?? ''}`).join(' ')

  useLayoutEffect(() => {
    const root = container.current ?? overlay.current?.parentElement
    if (!root || !wanted) {
      setDrawn((d) => (d.length ? [] : d))
      return
    }
    const measure = () => {
      const view = root.getBoundingClientRect()
      const at = (r: Box): Box => ({
        left: r.left - view.left + root.scrollLeft,
        right: r.right - view.left + root.scrollLeft,
        top: r.top - view.top + root.scrollTop,
        bottom: r.bottom - view.top + root.scrollTop,
      })
      setDrawn(
        outlines.flatMap(({ id, kind, label }) => {
          const lines = lineBoxes(piecesOf(id).flatMap((el) => withBands(el).map(at)))
          return lines.map((box, line) => ({
            id,
            key: `${kind}:${id}:${line}`,
            kind,
            line,
            box,
            label: line === 0 ? label : undefined,
          }))
        }),
      )
    }
    return watchLayout(root, measure)
    // `wanted` says all `outlines` does: a new array of the same outlines measures nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, piecesOf, wanted])

  return (
    <div ref={overlay} className="span-outlines" aria-hidden="true">
      {drawn.map(({ id, key, kind, line, box, label }) => (
        <div
          key={key}
          className={`span-outline ${kind}`}
          data-span={id}
          data-line={line}
          style={{
            left: box.left,
            top: box.top,
            width: box.right - box.left,
            height: box.bottom - box.top,
          }}
        >
          {label && <span className="span-outline-label">{label}</span>}
        </div>
      ))}
    </div>
  )
}
