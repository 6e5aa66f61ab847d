import type { CSSProperties } from 'react'
import type { Segment } from '../state/segments.ts'

const cache = new WeakMap<Segment, CSSProperties>()

/**
 * Each covering span adds a translucent layer of its label's color (so
 * overlaps blend) and its own underline, stacked below the text. A proposed
 * span only gets a dashed underline in its label's color.
 */
export function highlightStyle(
  segment: Segment,
  colors: ReadonlyMap<string, string>,
): CSSProperties {
  let style = cache.get(segment)
  if (!style) {
    const color = (label: string) => colors.get(label) ?? '#888888'
    const real = segment.spans.filter((s) => !s.suggested).map((s) => color(s.label))
    const proposed = segment.spans.find((s) => s.suggested)
    style = {
      ...(real.length
        ? {
            backgroundImage: real.map((c) => `linear-gradient(${c}33, ${c}33)`).join(', '),
            boxShadow: real.map((c, i) => `0 ${2 * (i + 1)}px 0 0 ${c}`).join(', '),
          }
        : {}),
      ...(proposed
        ? {
            textDecoration: `underline dashed ${color(proposed.label)}`,
            textUnderlineOffset: `${2 * real.length + 4}px`,
          }
        : {}),
    }
    cache.set(segment, style)
  }
  return style
}
