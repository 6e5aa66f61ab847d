import type { CSSProperties } from 'react'
import type { Segment } from '../state/segments.ts'

const cache = new WeakMap<Segment, CSSProperties>()

/**
 * Each covering span adds a translucent layer of its label's color (so
 * overlaps blend) and its own underline, stacked below the text.
 */
export function highlightStyle(
  segment: Segment,
  colors: ReadonlyMap<string, string>,
): CSSProperties {
  let style = cache.get(segment)
  if (!style) {
    const layers = segment.spans.map((s) => colors.get(s.label) ?? '#888888')
    style = {
      backgroundImage: layers.map((c) => `linear-gradient(${c}33, ${c}33)`).join(', '),
      boxShadow: layers.map((c, i) => `0 ${2 * (i + 1)}px 0 0 ${c}`).join(', '),
    }
    cache.set(segment, style)
  }
  return style
}
