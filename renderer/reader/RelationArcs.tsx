import { useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import type { RelationTypeDef } from '../../shared/contract/model.ts'
import type { DocumentStore } from '../state/document-store.ts'
import { layoutArcs, type ArcEnds, type PlacedArc } from './arc-layout.ts'
import { watchLayout } from './watch-layout.ts'

interface RelationArcsProps {
  store: DocumentStore
  container: RefObject<HTMLDivElement | null>
  types: readonly RelationTypeDef[]
}

/** Label text: 600 10px system-ui, about this wide per character. */
const CHAR_WIDTH = 6

/**
 * Relations drawn as arcs from span to span, in the room between lines, in
 * an overlay that takes no pointer events, so reading and selecting are
 * undisturbed. Positions are measured from the painted spans: after each
 * change, on scroll and resize, and whenever highlights are painted (they
 * arrive after the text when a document opens).
 */
export function RelationArcs({ store, container, types }: RelationArcsProps) {
  // Spans and relations only: a save or a selection change needs no new arcs.
  const version = useSyncExternalStore(store.subscribe, () => store.getSnapshot().version)
  const relationCount = useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().relationCount,
  )
  const [arcs, setArcs] = useState<PlacedArc[]>([])
  const [size, setSize] = useState({ width: 0, height: 0 })
  const svg = useRef<SVGSVGElement>(null)

  useLayoutEffect(() => {
    // On mount the reader's own ref is not attached yet (a child's layout
    // effects run first), but this overlay's element is: its parent is the reader.
    const root = container.current ?? svg.current?.parentElement
    // Nothing to draw: no measuring, which forces a layout, on every change and scroll.
    if (!root || relationCount === 0) return
    const names = new Map(types.map((t) => [t.id, t.name]))
    const measure = () => {
      const box = root.getBoundingClientRect()
      let gap = 0
      const at = (id: string) => {
        const el = root.querySelector(`[data-spans~="${CSS.escape(id)}"]`)
        const r = el?.getBoundingClientRect()
        if (!el || !r || r.width === 0) return null
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || r.height
        gap = Math.max(gap, lineHeight - r.height)
        return {
          x: r.left - box.left + root.scrollLeft + r.width / 2,
          y: r.top - box.top + root.scrollTop,
        }
      }
      const ends: ArcEnds[] = []
      for (const relation of store.allRelations()) {
        const from = at(relation.from)
        const to = at(relation.to)
        if (from && to)
          ends.push({ id: relation.id, label: names.get(relation.type) ?? relation.type, from, to })
      }
      const width = root.scrollWidth
      const height = root.scrollHeight
      setArcs(layoutArcs(ends, { gap, width, charWidth: CHAR_WIDTH }))
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    }
    return watchLayout(root, measure)
  }, [store, container, types, version, relationCount])

  // Drawn from the first paint when the document has relations: the lines make room for it then.
  if (relationCount === 0) return null
  return (
    <svg ref={svg} className="arcs" width={size.width} height={size.height} aria-hidden="true">
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 6 6"
          refX="5"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L6,3 L0,6 z" fill="#555" />
        </marker>
      </defs>
      {arcs.map((arc) => (
        <g key={arc.id} data-relation={arc.id}>
          <path d={arc.path} fill="none" stroke="#555" strokeWidth="1.2" markerEnd="url(#arrow)" />
          <text x={arc.x} y={arc.y} textAnchor="middle">
            {arc.label}
          </text>
        </g>
      ))}
    </svg>
  )
}
