import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react'
import type { RelationTypeDef } from '../../shared/model.ts'
import type { DocumentStore } from '../state/document-store.ts'

interface Arc {
  id: string
  path: string
  label: string
  x: number
  y: number
}

interface RelationArcsProps {
  store: DocumentStore
  container: RefObject<HTMLDivElement | null>
  types: readonly RelationTypeDef[]
}

/**
 * Relations drawn as arcs from span to span, above the lines, in an overlay
 * that takes no pointer events, so reading and selecting are undisturbed.
 * Positions are measured from the painted spans after each change and on
 * scroll and resize.
 */
export function RelationArcs({ store, container, types }: RelationArcsProps) {
  // Spans and relations only: a save or a selection change needs no new arcs.
  const version = useSyncExternalStore(store.subscribe, () => store.getSnapshot().version)
  const relationCount = useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().relationCount,
  )
  const [arcs, setArcs] = useState<Arc[]>([])
  const [size, setSize] = useState({ width: 0, height: 0 })

  useLayoutEffect(() => {
    const root = container.current
    // Nothing to draw: no measuring, which forces a layout, on every change and scroll.
    if (!root || relationCount === 0) return
    const names = new Map(types.map((t) => [t.id, t.name]))
    let frame = 0
    const measure = () => {
      frame = 0
      const box = root.getBoundingClientRect()
      const at = (id: string) => {
        const el = root.querySelector(`[data-spans~="${CSS.escape(id)}"]`)
        const r = el?.getBoundingClientRect()
        if (!r || r.width === 0) return null
        return {
          x: r.left - box.left + root.scrollLeft + r.width / 2,
          y: r.top - box.top + root.scrollTop,
        }
      }
      const next: Arc[] = []
      for (const relation of store.allRelations()) {
        const a = at(relation.from)
        const b = at(relation.to)
        if (!a || !b) continue
        const lift = 14 + Math.min(26, Math.abs(b.x - a.x) / 10)
        const top = Math.min(a.y, b.y) - lift
        next.push({
          id: relation.id,
          path: `M ${a.x} ${a.y} C ${a.x} ${top}, ${b.x} ${top}, ${b.x} ${b.y - 2}`,
          label: names.get(relation.type) ?? relation.type,
          x: (a.x + b.x) / 2,
          y: top + lift / 4,
        })
      }
      setArcs(next)
      const width = root.scrollWidth
      const height = root.scrollHeight
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure)
    }
    measure()
    root.addEventListener('scroll', schedule, { passive: true })
    const observer = new ResizeObserver(schedule)
    observer.observe(root)
    return () => {
      cancelAnimationFrame(frame)
      root.removeEventListener('scroll', schedule)
      observer.disconnect()
    }
  }, [store, container, types, version, relationCount])

  if (arcs.length === 0 || relationCount === 0) return null
  return (
    <svg className="arcs" width={size.width} height={size.height} aria-hidden="true">
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
